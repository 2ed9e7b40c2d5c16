package io.tradelane.exchange;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Headers;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the hub counts per partner, for Prometheus at {@code GET /metrics} (with Camel's own per
 * route metrics, in the same registry):
 *
 * <ul>
 *   <li>{@code tradelane_documents_received_total{partner, type, status}}: transaction sets taken
 *       in, by what translation made of them;
 *   <li>{@code tradelane_documents_delivered_total{partner, type}} and {@code
 *       tradelane_delivery_latency_seconds{partner, type}}: documents delivered, and the time from
 *       their creation to their delivery;
 *   <li>{@code tradelane_events_total{partner, kind, severity}}: warnings and errors recorded for
 *       the admin (refusals, failed deliveries, rejected interchanges, ...).
 * </ul>
 *
 * Counted once the work's transaction commits, so work rolled back and redone counts once.
 */
public final class HubMetrics {

  private static final String NONE = "none";

  private final PrometheusMeterRegistry registry;

  public HubMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** A transaction set taken in, with the status translation gave it. */
  public void received(String partner, String type, String status) {
    afterCommit(
        () ->
            Counter.builder("tradelane.documents.received")
                .description("transaction sets taken in")
                .tag("partner", tag(partner))
                .tag("type", type)
                .tag("status", status)
                .register(registry)
                .increment());
  }

  /** A document delivered to its partner, {@code latency} after it was created. */
  public void delivered(String partner, String type, Duration latency) {
    afterCommit(
        () -> {
          Counter.builder("tradelane.documents.delivered")
              .description("documents delivered to partners")
              .tag("partner", tag(partner))
              .tag("type", type)
              .register(registry)
              .increment();
          Timer.builder("tradelane.delivery.latency")
              .description("from a document's creation to its delivery")
              .tag("partner", tag(partner))
              .tag("type", type)
              .register(registry)
              .record(latency);
        });
  }

  /** A warning or error recorded for the admin. */
  public void event(String partner, String kind, HubEvents.Severity severity) {
    if (severity == HubEvents.Severity.INFO) {
      return;
    }
    afterCommit(
        () ->
            Counter.builder("tradelane.events")
                .description("warnings and errors recorded for the admin")
                .tag("partner", tag(partner))
                .tag("kind", kind)
                .tag("severity", severity.name())
                .register(registry)
                .increment());
  }

  /** Answers {@code GET /metrics}: every metric, in Prometheus' text format. */
  public String scrape(@Headers Map<String, Object> headers) {
    headers.put(Exchange.HTTP_RESPONSE_CODE, 200);
    headers.put(Exchange.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
    return registry.scrape();
  }

  private static String tag(String partner) {
    return partner == null || partner.isBlank() ? NONE : partner;
  }

  private static void afterCommit(Runnable count) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              count.run();
            }
          });
    } else {
      count.run();
    }
  }
}
