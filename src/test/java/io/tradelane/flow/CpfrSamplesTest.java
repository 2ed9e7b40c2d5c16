package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.StaediOpinion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each partner's 830 samples ({@code edi-samples/830/}) go through the whole hub, in order, on a
 * fresh database with a fixed clock. For each, what it must produce is stored beside it in {@code
 * edi-samples/830/expected/<sample>/}: {@code forecast.json} (the document's outcome and the
 * forecast version stored of it, bucket by bucket, with what was left out) and the 997/999 that
 * answered it, byte for byte. The valid samples are also valid for StAEDI with our definitions. Run
 * with {@code -Dsamples.record=true} to write the expected files anew (then read them).
 */
class CpfrSamplesTest {

  private static final Path SAMPLES = Path.of("edi-samples");
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-20T15:30:00Z"), ZoneOffset.UTC);
  private static final boolean RECORD = Boolean.getBoolean("samples.record");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Each partner's samples, in the order they are sent. */
  private static final Map<String, List<String>> SEQUENCES =
      Map.of(
          "acme",
          List.of(
              "830/acme-forecast.edi",
              "830/acme-forecast-revised.edi",
              "830/bad-acme-forecast-monthly.edi",
              "852/acme-activity.edi"),
          "bigbox",
          List.of(
              "830/bigbox-forecast.edi",
              "830/bad-bigbox-forecast-no-date.edi",
              "852/bigbox-activity.edi",
              "852/bad-bigbox-activity-no-xq.edi"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"acme", "bigbox"})
  void each_830_and_852_produces_exactly_its_expected_outcome_and_acknowledgement(String partner)
      throws Exception {
    Map<String, String> serial = Map.of("hub.translate.consumers", "1");
    try (InJvmHub hub = InJvmHub.start("cpfr-" + partner, FIXED, serial)) {
      int sent = 0;
      TreeSet<String> seen = new TreeSet<>();
      for (String path : SEQUENCES.get(partner)) {
        String set = path.substring(0, 3);
        String sample = path.substring(4);
        byte[] content = Files.readAllBytes(SAMPLES.resolve(path));
        if (!sample.startsWith("bad-")) {
          String version = partner.equals("acme") ? "004010" : "005010";
          assertThat(
                  StaediOpinion.of(new String(content, StandardCharsets.US_ASCII), set, version)
                      .errors())
              .as(sample + " is valid for StAEDI")
              .isEmpty();
        }
        hub.drop(partner, sample, content);
        SampleFlowTest.awaitSettled(hub.jdbc(), ++sent);
        Map<String, String> produced = new TreeMap<>();
        for (Path f : InJvmHub.files(hub.outbox(partner), "")) {
          String name = f.getFileName().toString();
          if (seen.add(name)) {
            produced.put(name, Files.readString(f, StandardCharsets.UTF_8));
          }
        }
        produced.put(
            set.equals("830") ? "forecast.json" : "activity.json",
            JSON.writeValueAsString(
                    set.equals("830") ? outcome(hub.jdbc(), sample) : activity(hub.jdbc(), sample))
                + "\n");
        Path expected =
            SAMPLES.resolve(set).resolve("expected").resolve(sample.replace(".edi", ""));
        if (RECORD) {
          Files.createDirectories(expected);
          for (var e : produced.entrySet()) {
            Files.writeString(expected.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
          }
        }
        Map<String, String> wanted = new TreeMap<>();
        try (var files = Files.list(expected)) {
          for (Path f : files.toList()) {
            wanted.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
          }
        }
        assertThat(produced).as(sample).isEqualTo(wanted);
      }
      // every version is kept as it was received
      assertThat(
              hub
                  .jdbc()
                  .queryForList(
                      "select f.version, count(l.sku) from partner_forecast f left join"
                          + " partner_forecast_line l on l.forecast_id = f.id where f.partner_id = ?"
                          + " group by f.version order by f.version",
                      partner)
                  .stream()
                  .map(r -> r.values().stream().map(String::valueOf).toList())
                  .toList())
          .isEqualTo(
              partner.equals("acme")
                  ? List.of(List.of("1", "5"), List.of("2", "2"))
                  : List.of(List.of("1", "3")));
    }
  }

  /** The documents of a sample's file, and each one's outcome. */
  private static List<Map<String, Object>> documents(JdbcTemplate db, String sample) {
    return db.queryForList(
        "select d.id, d.status, d.detail from inbound_document d"
            + " join interchange i on i.id = d.interchange_id"
            + " join inbound_file f on f.id = i.inbound_file_id"
            + " where f.file_name = ? order by d.id",
        sample);
  }

  private static List<Map<String, Object>> outcomes(List<Map<String, Object>> docs) {
    return docs.stream()
        .map(
            d -> {
              Map<String, Object> outcome = new LinkedHashMap<>();
              outcome.put("status", d.get("STATUS"));
              outcome.put("detail", d.get("DETAIL"));
              return outcome;
            })
        .toList();
  }

  private static String quantity(Object value) {
    return new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
  }

  /** The 852's document outcome and the sales and stock report stored of it, if any. */
  private static Map<String, Object> activity(JdbcTemplate db, String sample) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> docs = documents(db, sample);
    out.put("documents", outcomes(docs));
    for (Map<String, Object> d : docs) {
      for (Map<String, Object> r :
          db.queryForList(
              "select id, period_start, period_end, week_start, lines, skipped from activity_report"
                  + " where inbound_document_id = ?",
              d.get("ID"))) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("period", r.get("PERIOD_START") + " .. " + r.get("PERIOD_END"));
        report.put("week", String.valueOf(r.get("WEEK_START")));
        report.put("skipped", r.get("SKIPPED"));
        report.put(
            "quantities",
            db
                .queryForList(
                    "select sku, location, activity, quantity from product_activity"
                        + " where report_id = ? order by sku, location, activity",
                    r.get("ID"))
                .stream()
                .map(
                    q ->
                        q.get("SKU")
                            + " @ "
                            + q.get("LOCATION")
                            + " "
                            + q.get("ACTIVITY")
                            + ": "
                            + quantity(q.get("QUANTITY")))
                .toList());
        out.put("report", report);
      }
    }
    return out;
  }

  /** The 830's document outcome and the forecast version stored of it, if any. */
  private static Map<String, Object> outcome(JdbcTemplate db, String sample) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> docs = documents(db, sample);
    out.put("documents", outcomes(docs));
    for (Map<String, Object> d : docs) {
      for (Map<String, Object> v :
          db.queryForList(
              "select id, version, reference, purpose, horizon_start, horizon_end, issued, lines,"
                  + " skipped from partner_forecast where inbound_document_id = ?",
              d.get("ID"))) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("version", v.get("VERSION"));
        version.put("reference", v.get("REFERENCE"));
        version.put("purpose", v.get("PURPOSE"));
        version.put("horizon", v.get("HORIZON_START") + " .. " + v.get("HORIZON_END"));
        version.put("issued", String.valueOf(v.get("ISSUED")));
        version.put("skipped", v.get("SKIPPED"));
        version.put(
            "buckets",
            db
                .queryForList(
                    "select sku, location, week_start, quantity, kind from partner_forecast_line"
                        + " where forecast_id = ? order by sku, location, week_start",
                    v.get("ID"))
                .stream()
                .map(
                    l ->
                        l.get("SKU")
                            + " @ "
                            + l.get("LOCATION")
                            + " week "
                            + l.get("WEEK_START")
                            + ": "
                            + quantity(l.get("QUANTITY"))
                            + " ("
                            + l.get("KIND")
                            + ")")
                .toList());
        out.put("forecast", version);
      }
    }
    return out;
  }
}
