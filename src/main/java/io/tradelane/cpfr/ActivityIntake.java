package io.tradelane.cpfr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.inventory.Catalog;
import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores an accepted 852 as a sales and stock report of its partner, in one transaction: units sold
 * and on hand by our SKU, the partner's location and the week the reporting period starts in. Each
 * report is kept (a later report for the same week is a correction, read as the latest); items we
 * cannot match and lines outside the collaboration arrangement are left out and named. A partner
 * without an arrangement has its 852 refused, with an event.
 */
final class ActivityIntake {

  private final JdbcTemplate jdbc;
  private final InboundDocuments documents;
  private final Catalog catalog;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Clock clock;

  ActivityIntake(
      JdbcTemplate jdbc,
      InboundDocuments documents,
      Catalog catalog,
      HubEvents events,
      ObjectMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.catalog = catalog;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** One stored quantity: an activity of a SKU at a location. */
  private record Key(String sku, String location, String activity) {}

  /** Stores a locked, accepted 852 document (inside the caller's transaction). */
  void store(Document doc, CollaborationArrangement arrangement) {
    ProductActivity report = read(doc.payload());
    ScopedItems items = new ScopedItems(catalog, arrangement);
    Map<Key, BigDecimal> quantities = new LinkedHashMap<>();
    for (ProductActivity.Line line : report.lines()) {
      items
          .sku(line.buyerItem(), line.upc(), line.location())
          .ifPresent(
              sku ->
                  quantities.merge(
                      new Key(sku, line.location(), line.activity()),
                      line.quantity(),
                      BigDecimal::add));
    }
    LocalDate week = report.periodStart().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String skipped = items.skipped();
    long reportId =
        GeneratedKeys.insert(
            jdbc,
            "insert into activity_report (partner_id, inbound_document_id, period_start,"
                + " period_end, week_start, received_at, lines, skipped)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
            doc.partnerId(),
            doc.id(),
            Date.valueOf(report.periodStart()),
            Date.valueOf(report.periodEnd()),
            Date.valueOf(week),
            Timestamp.from(Instant.now(clock)),
            quantities.size(),
            skipped);
    List<Object[]> rows = new ArrayList<>(quantities.size());
    quantities.forEach(
        (k, quantity) ->
            rows.add(new Object[] {reportId, k.sku(), k.location(), k.activity(), quantity}));
    jdbc.batchUpdate(
        "insert into product_activity (report_id, sku, location, activity, quantity)"
            + " values (?, ?, ?, ?, ?)",
        rows);
    documents.finish(
        doc.id(),
        InboundDocuments.Status.PROCESSED,
        "activity of the week of " + week + ": " + quantities.size() + " quantities");
    events.record(
        HubEvents.Severity.INFO,
        "activity-received",
        doc.partnerId(),
        "852 " + report.periodStart(),
        quantities.size() + " quantities for the week of " + week);
    if (skipped != null) {
      events.record(
          HubEvents.Severity.WARN,
          "activity-lines-skipped",
          doc.partnerId(),
          "852 " + report.periodStart(),
          "left out: " + skipped.replace("\n", "; "));
    }
  }

  private ProductActivity read(String payload) {
    try {
      return json.readValue(payload, ProductActivity.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the stored 852: " + e.getMessage(), e);
    }
  }
}
