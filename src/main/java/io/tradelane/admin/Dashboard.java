package io.tradelane.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.transport.PartnerTransports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.spi.RouteError;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /console/api/dashboard}: the hub at a glance. Each route's state, exchanges, failures
 * and mean time (Camel's route metrics); each stage queue's depth and the dead letters; per partner
 * the last document in and out, documents that failed or are held, acknowledgements overdue; and
 * the AS2 certificates, those expiring within {@code hub.as2.certificate-warning} flagged.
 */
public final class Dashboard {

  private final CamelContext camel;
  private final MeterRegistry metrics;
  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final PartnerTransports transports;
  private final BrokerQueues queues;
  private final List<String> stageQueues;
  private final Duration certificateWarning;
  private final ApiAnswers answers;
  private final Clock clock;

  public Dashboard(
      CamelContext camel,
      MeterRegistry metrics,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      PartnerTransports transports,
      BrokerQueues queues,
      List<String> stageQueues,
      Duration certificateWarning,
      ApiAnswers answers,
      Clock clock) {
    this.camel = camel;
    this.metrics = metrics;
    this.jdbc = jdbc;
    this.partners = partners;
    this.transports = transports;
    this.queues = queues;
    this.stageQueues = List.copyOf(stageQueues);
    this.certificateWarning = certificateWarning;
    this.answers = answers;
    this.clock = clock;
  }

  public void show(Exchange exchange) throws Exception {
    Map<String, Object> board = new LinkedHashMap<>();
    board.put("at", Instant.now(clock).toString());
    board.put("routes", routes());
    List<String> all = new ArrayList<>(stageQueues);
    all.add(queues.deadLetterQueue());
    Map<String, Integer> depths = queues.depths(all);
    List<Map<String, Object>> queueRows = new ArrayList<>();
    depths.forEach(
        (name, depth) -> {
          Map<String, Object> q = new LinkedHashMap<>();
          q.put("name", name);
          q.put("depth", depth);
          q.put("atLeast", depth >= BrokerQueues.COUNTED);
          q.put("deadLetter", name.equals(queues.deadLetterQueue()));
          queueRows.add(q);
        });
    board.put("queues", queueRows);
    board.put("deadLetters", depths.get(queues.deadLetterQueue()));
    board.put("partners", partnerRows());
    board.put("certificates", certificates());
    answers.answer(exchange, 200, board);
  }

  private List<Map<String, Object>> routes() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Route route : camel.getRoutes()) {
      String id = route.getRouteId();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", id);
      r.put("status", camel.getRouteController().getRouteStatus(id).name());
      r.put("exchanges", count("camel.exchanges.total", id));
      r.put("failed", count("camel.exchanges.failed", id));
      Timer timer = metrics.find("camel.route.policy").tag("routeId", id).timer();
      r.put(
          "meanMillis",
          timer == null || timer.count() == 0
              ? null
              : Math.round(timer.mean(TimeUnit.MILLISECONDS) * 10) / 10.0);
      RouteError error = route.getLastError();
      r.put(
          "lastError",
          error == null || error.getException() == null
              ? null
              : error.getPhase() + ": " + error.getException().getMessage());
      rows.add(r);
    }
    rows.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
    return rows;
  }

  private long count(String name, String routeId) {
    Counter counter = metrics.find(name).tag("routeId", routeId).counter();
    return counter == null ? 0 : Math.round(counter.count());
  }

  private List<Map<String, Object>> partnerRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PartnerProfile partner : partners.all()) {
      String id = partner.id();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", id);
      p.put("name", partner.name());
      p.put(
          "lastIn",
          jdbc.queryForObject(
              "select max(created_at) from inbound_document where partner_id = ?",
              java.sql.Timestamp.class,
              id));
      p.put(
          "lastOut",
          jdbc.queryForObject(
              "select max(delivered_at) from outbound_document where partner_id = ?",
              java.sql.Timestamp.class,
              id));
      p.put(
          "failedIn",
          jdbc.queryForObject(
              "select count(*) from inbound_document where partner_id = ? and status = 'FAILED'",
              Integer.class,
              id));
      p.put(
          "filesRejected",
          jdbc.queryForObject(
              "select count(*) from (select "
                  + FileTrail.OUTCOME
                  + " as outcome from inbound_file f where f.mailbox = ? and f.received_at >= ?)"
                  + " x where outcome = 'REJECTED'",
              Integer.class,
              id,
              java.sql.Timestamp.from(Instant.now(clock).minus(Duration.ofDays(7)))));
      p.put(
          "failedOut",
          jdbc.queryForObject(
              "select count(*) from outbound_document where partner_id = ? and status in"
                  + " ('FAILED', 'HELD')",
              Integer.class,
              id));
      p.put(
          "overdueAcks",
          jdbc.queryForObject(
              "select count(*) from outbound_document where partner_id = ? and ack_status ="
                  + " 'OVERDUE'",
              Integer.class,
              id));
      p.put(
          "rejectedByPartner",
          jdbc.queryForObject(
              "select count(*) from outbound_document where partner_id = ? and ack_status ="
                  + " 'REJECTED'",
              Integer.class,
              id));
      rows.add(p);
    }
    rows.forEach(
        r ->
            r.replaceAll(
                (k, v) -> v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v));
    return rows;
  }

  private List<Map<String, Object>> certificates() {
    Instant now = Instant.now(clock);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PartnerTransports.HeldCertificate c : transports.certificates()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("alias", c.alias());
      row.put("subject", c.subject());
      row.put("notAfter", c.notAfter().toString());
      row.put("daysLeft", Duration.between(now, c.notAfter()).toDays());
      row.put("expiring", c.notAfter().isBefore(now.plus(certificateWarning)));
      rows.add(row);
    }
    return rows;
  }
}
