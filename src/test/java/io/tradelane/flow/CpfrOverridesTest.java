package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.InJvmHub;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planners override our forecast by CSV and through the API. ACME forecasts 45 of TL-1002 at store
 * 042 for the week of 2026-11-30 where our baseline says 7 (see {@link CpfrExceptionsTest}); a
 * planner who agrees overrides ours with 45, and the exception run finds nothing to raise. An
 * upload with any error changes nothing; a later override of a bucket stands over the earlier one;
 * a new baseline keeps the overrides.
 */
class CpfrOverridesTest {

  private static final Clock FRIDAY =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV = "text/csv";

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void applies_planners_overrides_over_our_baseline_all_or_nothing(String database)
      throws Exception {
    int port = HubApi.freePort();
    try (TestDatabase store = TestDatabase.start(database);
        InJvmHub hub =
            InJvmHub.start(
                "cpfr-overrides",
                FRIDAY,
                store.settings(Map.of("hub.http.port", Integer.toString(port))))) {
      SampleFlowTest.sendSample(hub, "acme", "850/acme-single-po.edi", 1);
      SampleFlowTest.sendSample(hub, "acme", "852/acme-activity.edi", 2);
      SampleFlowTest.sendSample(hub, "acme", "830/acme-forecast.edi", 3);
      HubApi api = new HubApi(hub, port);
      JdbcTemplate db = hub.jdbc();
      String upload =
          "sku,location,week,quantity,reason\n"
              + "TL-1002,042,2026-11-30,45,ACME's promotion week\n"
              + "TL-1001,042,2026-12-07,12,\n";

      HttpResponse<String> early = api.post("/api/cpfr/acme/overrides", upload, CSV);
      assertThat(early.statusCode()).isEqualTo(409);
      assertThat(early.body())
          .contains("no forecast of ours for acme yet: compute the baseline first");
      assertThat(count(db, "select count(*) from cpfr_override")).isZero();

      assertThat(api.post("/api/cpfr/acme/baseline", "").statusCode()).isEqualTo(201);
      HttpResponse<String> applied = api.post("/api/cpfr/acme/overrides", upload, CSV);
      assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
      JsonNode answer = JSON.readTree(applied.body());
      assertThat(answer.path("overrides").asInt()).isEqualTo(2);
      assertThat(answer.path("forecast").path("version").asInt()).isEqualTo(2);
      assertThat(answer.path("forecast").path("overridden").asInt()).isEqualTo(2);
      assertThat(bucket(db, 2, "TL-1002", "2026-11-30")).isEqualTo("45.000 OVERRIDE");
      assertThat(bucket(db, 2, "TL-1001", "2026-12-07")).isEqualTo("12.000 OVERRIDE");
      assertThat(bucket(db, 1, "TL-1002", "2026-11-30")).isEqualTo("7.000 SIMPLE_SMOOTHING");
      assertThat(bucket(db, 2, "TL-1002", "2026-12-07")).isEqualTo("7.000 SIMPLE_SMOOTHING");
      assertThat(lines(db, 2)).isEqualTo(lines(db, 1));

      // ours now agrees with ACME's 45: no variance to raise for that bucket
      JsonNode run = JSON.readTree(api.post("/api/cpfr/acme/exceptions/run", "").body());
      assertThat(run.path("forecastVariance").asInt()).isZero();

      HttpResponse<String> bad =
          api.post(
              "/api/cpfr/acme/overrides",
              "sku,location,week,quantity,reason\n"
                  + "TL-9999,042,2026-12-07,5,\n"
                  + "TL-1002,042,2026-12-08,5,\n"
                  + "TL-1002,042,2026-11-23,5,\n"
                  + "TL-1002,,2027-12-06,-1,\n"
                  + "TL-1003,042,2026-12-14,x,\n"
                  + "TL-1004,042,2026-12-14,3,\n"
                  + "TL-1004,042,2026-12-14,4,\n",
              CSV);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).path("errors"))
          .extracting(JsonNode::asText)
          .containsExactly(
              "row 2, sku: TL-9999 is not in the catalog",
              "row 3, week: 2026-12-08 is not a Monday",
              "row 4, week: 2026-11-23 is outside the horizon, 2026-11-30 to 2027-05-24",
              "row 5, location: missing",
              "row 5, week: 2027-12-06 is outside the horizon, 2026-11-30 to 2027-05-24",
              "row 5, quantity: -1 is negative",
              "row 6, quantity: 'x' is not a number",
              "row 8: TL-1004 at 042 in the week of 2026-12-14 twice");
      assertThat(count(db, "select count(*) from cpfr_override")).isEqualTo(2);
      assertThat(count(db, "select count(*) from our_forecast")).isEqualTo(2);
      assertThat(api.post("/api/cpfr/acme/overrides", "sku,week\nTL-1002,2026-12-07\n", CSV).body())
          .contains("header: sku,location,week,quantity[,reason], not sku,week");

      // a later override of a bucket stands; a new baseline keeps the standing ones
      HttpResponse<String> json =
          api.post(
              "/api/cpfr/acme/overrides",
              "{\"overrides\": [{\"sku\": \"TL-1002\", \"location\": \"042\","
                  + " \"week\": \"2026-11-30\", \"quantity\": 40, \"reason\": \"less\"}]}");
      assertThat(json.statusCode()).as(json.body()).isEqualTo(201);
      assertThat(bucket(db, 3, "TL-1002", "2026-11-30")).isEqualTo("40.000 OVERRIDE");
      assertThat(bucket(db, 3, "TL-1001", "2026-12-07")).isEqualTo("12.000 OVERRIDE");
      JsonNode recomputed = JSON.readTree(api.post("/api/cpfr/acme/baseline", "").body());
      assertThat(recomputed.path("version").asInt()).isEqualTo(4);
      assertThat(recomputed.path("overridden").asInt()).isEqualTo(2);
      assertThat(bucket(db, 4, "TL-1002", "2026-11-30")).isEqualTo("40.000 OVERRIDE");

      JsonNode standing = JSON.readTree(api.get("/api/cpfr/acme/overrides").body());
      assertThat(standing)
          .extracting(
              o ->
                  o.path("sku").asText()
                      + " "
                      + o.path("quantity").asText()
                      + " "
                      + o.path("planner").asText()
                      + " "
                      + o.path("upload").asText())
          .containsExactly("TL-1002 40.0 warehouse json", "TL-1001 12.0 warehouse csv");
      assertThat(JSON.readTree(api.get("/api/cpfr/acme/overrides?all=true").body())).hasSize(3);

      assertThat(api.postWithoutLogin("/api/cpfr/acme/overrides", "{}").statusCode())
          .isEqualTo(401);
      assertThat(api.post("/api/cpfr/nobody/overrides", upload, CSV).statusCode()).isEqualTo(404);
      assertThat(api.post("/api/cpfr/northwind/overrides", upload, CSV).statusCode())
          .isEqualTo(409);
    }
  }

  private static String bucket(JdbcTemplate db, int version, String sku, String week) {
    return db.queryForObject(
        "select l.quantity || ' ' || l.method from our_forecast_line l"
            + " join our_forecast f on f.id = l.forecast_id where f.partner_id = 'acme'"
            + " and f.version = ? and l.sku = ? and l.location = '042'"
            + " and l.week_start = cast(? as date)",
        String.class,
        version,
        sku,
        week);
  }

  private static List<String> lines(JdbcTemplate db, int version) {
    return db.queryForList(
        "select l.sku || ' ' || l.location || ' ' || l.week_start from our_forecast_line l"
            + " join our_forecast f on f.id = l.forecast_id where f.partner_id = 'acme'"
            + " and f.version = ? order by 1",
        String.class,
        version);
  }

  private static int count(JdbcTemplate db, String sql) {
    return db.queryForObject(sql, Integer.class);
  }
}
