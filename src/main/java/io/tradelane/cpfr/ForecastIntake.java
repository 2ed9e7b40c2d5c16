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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores an accepted 830 as the next version of its partner's forecast, in one transaction: the
 * version's header and its weekly buckets, by our SKU and the partner's location. Items we cannot
 * match to our catalog and buckets outside the collaboration arrangement are left out and named in
 * the version ({@code skipped}) and in a {@code forecast-lines-skipped} event. A partner without an
 * arrangement ({@code cpfr.enabled}) has its 830 refused, with an event. The same bucket given
 * twice in one forecast counts once, with the quantities added.
 */
final class ForecastIntake {

  private final JdbcTemplate jdbc;
  private final InboundDocuments documents;
  private final Catalog catalog;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Clock clock;

  ForecastIntake(
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

  /** A bucket of the stored forecast. */
  private record Bucket(String sku, String location, LocalDate week) {}

  /** Stores a locked, accepted 830 document (inside the caller's transaction). */
  void store(Document doc, CollaborationArrangement arrangement) {
    PartnerForecast forecast = read(doc.payload());
    Map<Bucket, BigDecimal> buckets = new LinkedHashMap<>();
    Map<Bucket, String> kinds = new LinkedHashMap<>();
    ScopedItems items = new ScopedItems(catalog, arrangement);
    for (PartnerForecast.Line line : forecast.lines()) {
      Optional<String> sku = items.sku(line.buyerItem(), line.upc(), line.location());
      if (sku.isPresent()) {
        Bucket bucket = new Bucket(sku.get(), line.location(), line.week());
        buckets.merge(bucket, line.quantity(), BigDecimal::add);
        kinds.putIfAbsent(bucket, line.kind());
      }
    }
    int version =
        jdbc.queryForObject(
                "select coalesce(max(version), 0) from partner_forecast where partner_id = ?",
                Integer.class,
                doc.partnerId())
            + 1;
    String skippedText = items.skipped();
    long forecastId =
        GeneratedKeys.insert(
            jdbc,
            "insert into partner_forecast (partner_id, version, inbound_document_id, reference,"
                + " purpose, horizon_start, horizon_end, issued, received_at, lines, skipped)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            doc.partnerId(),
            version,
            doc.id(),
            forecast.reference(),
            forecast.purpose(),
            date(forecast.horizonStart()),
            date(forecast.horizonEnd()),
            date(forecast.issued()),
            Timestamp.from(Instant.now(clock)),
            buckets.size(),
            skippedText);
    List<Object[]> rows = new ArrayList<>(buckets.size());
    buckets.forEach(
        (b, quantity) ->
            rows.add(
                new Object[] {
                  forecastId, b.sku(), b.location(), Date.valueOf(b.week()), quantity, kinds.get(b)
                }));
    jdbc.batchUpdate(
        "insert into partner_forecast_line (forecast_id, sku, location, week_start, quantity,"
            + " kind) values (?, ?, ?, ?, ?, ?)",
        rows);
    documents.finish(
        doc.id(),
        InboundDocuments.Status.PROCESSED,
        "forecast version " + version + ": " + buckets.size() + " weekly buckets");
    events.record(
        HubEvents.Severity.INFO,
        "forecast-received",
        doc.partnerId(),
        "830 " + forecast.reference(),
        "version " + version + " with " + buckets.size() + " weekly buckets");
    if (skippedText != null) {
      events.record(
          HubEvents.Severity.WARN,
          "forecast-lines-skipped",
          doc.partnerId(),
          "830 " + forecast.reference(),
          "left out of version " + version + ": " + skippedText.replace("\n", "; "));
    }
  }

  private PartnerForecast read(String payload) {
    try {
      return json.readValue(payload, PartnerForecast.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the stored forecast: " + e.getMessage(), e);
    }
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
