package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.runtime.MovableClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ACME's consensus on its schedule (MONDAY 06:00). The schedule is first seen on Friday 2026-11-27:
 * nothing is sent. On Monday 11-30 an exception is open: the consensus is held, with one event
 * however often the schedule is checked; once a planner resolves the exception it goes out, once. A
 * week later (the hub "down" meanwhile: the clock jumps) ACME has changed its forecast of TL-1001
 * at 042 for three weeks: the next consensus keeps the two of them inside the frozen window (from
 * next week, 2 weeks) at what the first consensus agreed and takes the third.
 */
class CpfrConsensusScheduleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path config;

  @Test
  void sends_the_consensus_when_due_once_held_while_exceptions_are_open_frozen_weeks_kept()
      throws Exception {
    InJvmHub.copyConfig(config);
    Path acme = config.resolve("partners/acme.properties");
    Files.writeString(
        acme,
        Files.readString(acme)
            .replace("cpfr.consensus.schedule =", "cpfr.consensus.schedule = MONDAY 06:00"));
    MovableClock clock = new MovableClock(Instant.parse("2026-11-27T12:00:00Z"));
    int port = HubApi.freePort();
    try (InJvmHub hub =
        InJvmHub.start(
            "cpfr-schedule",
            clock,
            Map.of(
                "hub.http.port", Integer.toString(port),
                "hub.config-dir", config.toString(),
                "hub.cpfr.schedule-check", "100"))) {
      JdbcTemplate db = hub.jdbc();
      HubApi api = new HubApi(hub, port);
      SampleFlowTest.sendSample(hub, "acme", "850/acme-single-po.edi", 1);
      SampleFlowTest.sendSample(hub, "acme", "852/acme-activity.edi", 2);
      SampleFlowTest.sendSample(hub, "acme", "830/acme-forecast.edi", 3);
      assertThat(api.post("/api/cpfr/acme/baseline", "").statusCode()).isEqualTo(201);
      assertThat(
              JSON.readTree(api.post("/api/cpfr/acme/exceptions/run", "").body())
                  .path("forecastVariance")
                  .asInt())
          .isEqualTo(1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(db, "select count(*) from cpfr_consensus_schedule") == 1);
      assertThat(at(db, "handled_due")).isEqualTo("2026-11-23T06:00:00Z");

      // Monday 06:30: due, but held while the exception is open
      clock.advance(Duration.ofDays(2).plusHours(18).plusMinutes(30));
      ticks(hub, 5);
      assertThat(count(db, "select count(*) from consensus_forecast")).isZero();
      assertThat(count(db, "select count(*) from hub_event where kind = 'consensus-held'"))
          .isEqualTo(1);
      assertThat(
              db.queryForObject(
                  "select message from hub_event where kind = 'consensus-held'", String.class))
          .isEqualTo(
              "not sent: 1 exceptions of acme are still open; tried again until the next due time");

      long id =
          JSON.readTree(api.get("/api/cpfr/acme/exceptions?status=OPEN").body())
              .get(0)
              .path("id")
              .asLong();
      assertThat(
              api.post(
                      "/api/cpfr/exceptions/" + id + "/resolve",
                      "{\"take\": \"override\", \"quantity\": 30}")
                  .statusCode())
          .isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(db, "select count(*) from consensus_forecast") == 1);
      ticks(hub, 5);
      assertThat(count(db, "select count(*) from consensus_forecast")).isEqualTo(1);
      assertThat(db.queryForObject("select agreed_by from consensus_forecast", String.class))
          .isEqualTo("schedule");
      assertThat(at(db, "handled_due")).isEqualTo("2026-11-30T06:00:00Z");
      assertThat(
              count(
                  db,
                  "select count(*) from outbound_document where doc_type = '830'"
                      + " and source_kind = 'CONSENSUS'"))
          .isEqualTo(1);

      // ACME changes TL-1001 at 042 for the weeks of 12-14, 12-21 and 12-28, close to ours
      BigDecimal ours = first(db, 1, "TL-1001", "2026-12-14");
      BigDecimal theirs = ours.add(BigDecimal.ONE);
      hub.drop("acme", "revised.edi", forecast(theirs));
      SampleFlowTest.awaitSettled(db, 4);
      assertThat(count(db, "select count(*) from partner_forecast")).isEqualTo(2);
      clock.advance(Duration.ofDays(7)); // Monday 12-07 06:30; frozen: 12-14 and 12-21
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(db, "select count(*) from consensus_forecast") == 2);
      ticks(hub, 5);
      assertThat(count(db, "select count(*) from consensus_forecast")).isEqualTo(2);
      assertThat(line(db, 2, "2026-12-14")).isEqualTo(ours.stripTrailingZeros() + " FROZEN");
      assertThat(line(db, 2, "2026-12-21"))
          .isEqualTo(first(db, 1, "TL-1001", "2026-12-21").stripTrailingZeros() + " FROZEN");
      assertThat(line(db, 2, "2026-12-28")).isEqualTo(theirs.stripTrailingZeros() + " PARTNER");
      assertThat(line(db, 1, "2026-12-14")).isEqualTo(ours.stripTrailingZeros() + " OURS");
      assertThat(at(db, "handled_due")).isEqualTo("2026-12-07T06:00:00Z");
      assertThat(
              db.queryForObject(
                  "select message from hub_event where kind = 'consensus-agreed'"
                      + " order by id desc fetch first 1 rows only",
                  String.class))
          .contains("agreed by schedule (8 held by the frozen window)");
    }
  }

  /** Waits until the schedule has been checked {@code n} more times. */
  private static void ticks(InJvmHub hub, int n) {
    NotifyBuilder checks =
        new NotifyBuilder(hub.camel()).fromRoute("cpfr-consensus-schedule").whenDone(n).create();
    assertThat(checks.matches(30, TimeUnit.SECONDS)).isTrue();
  }

  private static String at(JdbcTemplate db, String column) {
    return db.queryForObject(
            "select " + column + " from cpfr_consensus_schedule where partner_id = 'acme'",
            java.sql.Timestamp.class)
        .toInstant()
        .toString();
  }

  private static BigDecimal first(JdbcTemplate db, int version, String sku, String week) {
    return db.queryForObject(
        "select l.quantity from our_forecast_line l join our_forecast f on f.id = l.forecast_id"
            + " where f.version = ? and l.sku = ? and l.location = '042'"
            + " and l.week_start = cast(? as date)",
        BigDecimal.class,
        version,
        sku,
        week);
  }

  private static String line(JdbcTemplate db, int version, String week) {
    Map<String, Object> row =
        db.queryForMap(
            "select l.quantity, l.source from consensus_forecast_line l"
                + " join consensus_forecast c on c.id = l.consensus_id where c.version = ?"
                + " and l.sku = 'TL-1001' and l.location = '042'"
                + " and l.week_start = cast(? as date)",
            version,
            week);
    return ((BigDecimal) row.get("QUANTITY")).stripTrailingZeros() + " " + row.get("SOURCE");
  }

  private static byte[] forecast(BigDecimal quantity) {
    String q = quantity.stripTrailingZeros().toPlainString();
    String text =
        String.join(
            "~\n",
            "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261204*0930*U"
                + "*00401*000000901*0*P*>",
            "GS*PS*ACMERETAIL*TRADELANEDEMO*20261204*0930*901*X*004010",
            "ST*830*0001",
            "BFR*05*FC-2026-49**DL*A*20261214*20261228*20261204",
            "LIN**BP*A-55001*UP*614141100071",
            "UIT*EA",
            "N1*ST*STORE 042*92*042",
            "FST*" + q + "*D*W*20261214",
            "FST*" + q + "*D*W*20261221",
            "FST*" + q + "*D*W*20261228",
            "CTT*1",
            "SE*10*0001",
            "GE*1*901",
            "IEA*1*000000901~\n");
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static int count(JdbcTemplate db, String sql) {
    return db.queryForObject(sql, Integer.class);
  }
}
