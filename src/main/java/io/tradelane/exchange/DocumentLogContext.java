package io.tradelane.exchange;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.MDC;

/**
 * Puts what a stage works on into the log context ({@value #KEY} in the MDC) for as long as the
 * stage handles its message, so that every line logged meanwhile, ours and Camel's, names it:
 * {@code in/12} (a received transaction set), {@code out/9} (a document we send), {@code file/3} (a
 * received file), {@code order/5}, {@code shipment/2}; and likewise for an HTTP request about one
 * document or file (a console page, a replay, a resend). The route doing the work goes there too
 * ({@value #ROUTE_KEY}). Run before every route taking from a queue or an HTTP request (the route
 * configuration in {@code routes/log-context.camel.yaml}); the log layouts show them. Work a route
 * hands to another thread is not followed there: the stages do theirs on the consumer's thread.
 */
public final class DocumentLogContext {

  /** The MDC key of the document. */
  public static final String KEY = "document";

  /** The MDC key of the route doing the work. */
  public static final String ROUTE_KEY = "route";

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

  /** HTTP requests about one document or file: the path, and the kind of id it names. */
  private static final List<Map.Entry<Pattern, String>> REQUESTS =
      List.of(
          Map.entry(Pattern.compile("/console/api/documents/in/(\\d+)(/.*)?"), "in"),
          Map.entry(Pattern.compile("/console/api/documents/out/(\\d+)(/.*)?"), "out"),
          Map.entry(Pattern.compile("/console/api/files/(\\d+)(/.*)?"), "file"),
          Map.entry(Pattern.compile("/api/outbound/(\\d+)(/.*)?"), "out"));

  /**
   * Names the document or file an HTTP request is about (a console page, a replay or resend), so
   * that what its handling logs names it too; a request about no one document leaves the context as
   * it is.
   */
  public void request(Exchange exchange) {
    String path = exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
    String document = null;
    if (path != null) {
      int query = path.indexOf('?');
      String plain = query < 0 ? path : path.substring(0, query);
      for (Map.Entry<Pattern, String> request : REQUESTS) {
        Matcher matcher = request.getKey().matcher(plain);
        if (matcher.matches()) {
          document = request.getValue() + "/" + matcher.group(1);
          break;
        }
      }
    }
    name(exchange, document);
  }

  /** Names what the stage taking this message from its queue works on. */
  public void enter(Exchange exchange) {
    String uri = exchange.getFromEndpoint().getEndpointUri();
    String queue = uri.substring(uri.lastIndexOf(':') + 1);
    int options = queue.indexOf('?');
    String kind = kinds.get(options < 0 ? queue : queue.substring(0, options));
    String id = exchange.getMessage().getBody(String.class);
    name(exchange, kind == null || id == null ? null : kind + "/" + id.strip());
  }

  /**
   * Puts {@code document} (when there is one) and the route in the log context until the exchange
   * is done.
   */
  private static void name(Exchange exchange, String document) {
    String route = exchange.getFromRouteId();
    if (document == null && route == null) {
      return;
    }
    if (document != null) {
      MDC.put(KEY, document);
    }
    if (route != null) {
      MDC.put(ROUTE_KEY, route);
    }
    exchange
        .getExchangeExtension()
        .addOnCompletion(
            new SynchronizationAdapter() {
              @Override
              public void onDone(Exchange done) {
                MDC.remove(KEY);
                MDC.remove(ROUTE_KEY);
              }
            });
  }
}
