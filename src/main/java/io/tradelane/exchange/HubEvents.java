package io.tradelane.exchange;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an admin must see: every rejection, unknown sender, duplicate and failure is logged and
 * stored as an event (the admin console lists them). Events take part in the caller's transaction
 * when there is one.
 */
public final class HubEvents {

  private static final Logger LOG = LoggerFactory.getLogger("io.tradelane.events");

  /** How bad an event is. */
  public enum Severity {
    INFO,
    WARN,
    ERROR
  }

  private final JdbcTemplate jdbc;
  private final HubMetrics metrics;

  /** Events recorded, and counted in a registry of their own (for tests and tools). */
  public HubEvents(JdbcTemplate jdbc) {
    this(jdbc, new HubMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
  }

  /** Events recorded, warnings and errors counted in {@code metrics}. */
  public HubEvents(JdbcTemplate jdbc, HubMetrics metrics) {
    this.jdbc = jdbc;
    this.metrics = metrics;
  }

  /** The hub's counters, for the work that records events here. */
  public HubMetrics metrics() {
    return metrics;
  }

  public void record(
      Severity severity, String kind, String partnerId, String reference, String message) {
    String line = "[" + kind + "] partner=" + partnerId + " ref=" + reference + ": " + message;
    switch (severity) {
      case INFO -> LOG.info(line);
      case WARN -> LOG.warn(line);
      case ERROR -> LOG.error(line);
    }
    jdbc.update(
        "insert into hub_event (occurred_at, severity, kind, partner_id, reference, message)"
            + " values (?, ?, ?, ?, ?, ?)",
        Timestamp.from(Instant.now()),
        severity.name(),
        kind,
        partnerId,
        truncate(reference, 128),
        message);
    metrics.event(partnerId, kind, severity);
  }

  /**
   * Records a failed stage: which route, what it was working on, and why. Called by the shared
   * error handling; the failed message itself is rolled back to its queue for another delivery.
   */
  public void stageFailed(Exchange exchange) {
    Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    String file = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
    Object body = exchange.getMessage().getBody();
    String subject = file != null ? file : body instanceof String s && s.length() <= 64 ? s : "";
    try {
      record(
          Severity.ERROR,
          "stage-failed",
          null,
          exchange.getFromRouteId() + " " + subject,
          cause == null ? "unknown failure" : cause.toString());
    } catch (RuntimeException e) {
      LOG.error("cannot record the failure of {} {}", exchange.getFromRouteId(), subject, e);
    }
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
