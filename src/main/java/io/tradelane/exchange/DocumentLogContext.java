package io.tradelane.exchange;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.MDC;

/**
 * Puts what a stage works on into the log context ({@value #KEY} in the MDC) for as long as the
 * stage handles its message, so that every line logged meanwhile, ours and Camel's, names it:
 * {@code in/12} (a received transaction set), {@code out/9} (a document we send), {@code file/3} (a
 * received file), {@code order/5}, {@code shipment/2}. Run before every stage route (the route
 * configuration in {@code routes/log-context.camel.yaml}); the log layout shows it.
 */
public final class DocumentLogContext {

  /** The MDC key. */
  public static final String KEY = "document";

  private final Map<String, String> kinds;

  /**
   * @param kinds the kind of id each stage queue carries, by queue name ({@code in}, {@code out},
   *     {@code file}, ...)
   */
  public DocumentLogContext(Map<String, String> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The kinds of id the hub's stage queues carry. */
  public static DocumentLogContext of(UnfinishedWork.Queues queues) {
    return new DocumentLogContext(
        Map.of(
            queues.inboundFiles(), "file",
            queues.orders(), "in",
            queues.acks(), "in",
            queues.orderChanges(), "in",
            queues.cpfr(), "in",
            queues.outbound(), "out",
            queues.backoffice(), "order",
            queues.invoices(), "shipment",
            queues.handOver(), "file-part"));
  }

  public void enter(Exchange exchange) {
    String uri = exchange.getFromEndpoint().getEndpointUri();
    String queue = uri.substring(uri.lastIndexOf(':') + 1);
    int options = queue.indexOf('?');
    String kind = kinds.get(options < 0 ? queue : queue.substring(0, options));
    String id = exchange.getMessage().getBody(String.class);
    if (kind == null || id == null) {
      return;
    }
    MDC.put(KEY, kind + "/" + id.strip());
    exchange
        .getExchangeExtension()
        .addOnCompletion(
            new SynchronizationAdapter() {
              @Override
              public void onDone(Exchange done) {
                MDC.remove(KEY);
              }
            });
  }
}
