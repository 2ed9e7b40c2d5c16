package io.tradelane.cpfr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.exchange.StoredSets;
import io.tradelane.inventory.Catalog;
import io.tradelane.runtime.GeneratedKeys;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores an accepted 852 as a sales and stock report of its partner, in one transaction: units sold
 * and on hand by our SKU, the partner's location and the week the reporting period starts in. The
 * set is streamed from the received file, so its size does not matter. Each report is kept: a store
 * may be reported in its own 852, and a later report of an item at a location for the same week is
 * a correction, read as the latest. Items we cannot match and lines outside the collaboration
 * arrangement are left out and counted. A partner without an arrangement has its 852 refused, with
 * an event.
 */
final class ActivityIntake {

  private final JdbcTemplate jdbc;
  private final InboundDocuments documents;
  private final Catalog catalog;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Clock clock;
  private final StoredSets sets;

  ActivityIntake(
      JdbcTemplate jdbc,
      InboundDocuments documents,
      StoredSets sets,
      Catalog catalog,
      HubEvents events,
      ObjectMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.sets = sets;
    this.catalog = catalog;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Stores a locked, accepted 852 document (inside the caller's transaction), its lines streamed
   * from the received file.
   */
  void store(Document doc, CollaborationArrangement arrangement) {
    ProductActivity report = read(doc.payload());
    ScopedItems items = new ScopedItems(catalog, arrangement);
    LocalDate week = report.periodStart().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long reportId =
        GeneratedKeys.insert(
            jdbc,
            "insert into activity_report (partner_id, inbound_document_id, period_start,"
                + " period_end, week_start, received_at, lines)"
                + " values (?, ?, ?, ?, ?, ?, 0)",
            doc.partnerId(),
            doc.id(),
            Date.valueOf(report.periodStart()),
            Date.valueOf(report.periodEnd()),
            Date.valueOf(week),
            Timestamp.from(Instant.now(clock)));
    ActivityRows rows = new ActivityRows(jdbc, reportId);
    ActivityMapper mapper =
        new ActivityMapper(
            line ->
                items
                    .sku(line.buyerItem(), line.upc(), line.location())
                    .ifPresent(
                        sku -> rows.add(sku, line.location(), line.activity(), line.quantity())));
    sets.read(doc.id(), mapper::segment);
    int quantities = rows.finish();
    String skipped = items.skipped();
    jdbc.update(
        "update activity_report set lines = ?, skipped = ? where id = ?",
        quantities,
        skipped,
        reportId);
    documents.finish(
        doc.id(),
        InboundDocuments.Status.PROCESSED,
        "activity of the week of " + week + ": " + quantities + " quantities");
    events.record(
        HubEvents.Severity.INFO,
        "activity-received",
        doc.partnerId(),
        "852 " + report.periodStart(),
        quantities + " quantities for the week of " + week);
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
