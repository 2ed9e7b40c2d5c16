package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.StaediOpinion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exceptions found and worked through the API. ACME sends an order, a week's sales and its
 * forecast; our baseline says 7 a week of TL-1002 at store 042 where ACME forecasts 45 for the week
 * of 2026-11-30: one forecast variance exception (542.857 %, HIGH, the week is frozen). A planner
 * comments and overrides it with 30; a second run opens nothing new. BigBox reports no stock of
 * TL-1005 at its one store: an in-stock exception (0 %), resolved as noted.
 */
class CpfrExceptionsTest {

  private static final Clock FRIDAY =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void opens_exceptions_against_the_criteria_and_records_how_planners_resolve_them(String database)
      throws Exception {
    int port = HubApi.freePort();
    try (TestDatabase store = TestDatabase.start(database);
        InJvmHub hub =
            InJvmHub.start(
                "cpfr-exceptions",
                FRIDAY,
                store.settings(Map.of("hub.http.port", Integer.toString(port))))) {
      SampleFlowTest.sendSample(hub, "acme", "850/acme-single-po.edi", 1);
      SampleFlowTest.sendSample(hub, "acme", "852/acme-activity.edi", 2);
      SampleFlowTest.sendSample(hub, "acme", "830/acme-forecast.edi", 3);
      SampleFlowTest.sendSample(hub, "bigbox", "852/bigbox-activity.edi", 4);
      HubApi api = new HubApi(hub, port);
      assertThat(api.post("/api/cpfr/acme/baseline", "").statusCode()).isEqualTo(201);

      HttpResponse<String> run = api.post("/api/cpfr/acme/exceptions/run", "");
      assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
      assertThat(JSON.readTree(run.body()).path("forecastVariance").asInt()).isEqualTo(1);
      assertThat(JSON.readTree(run.body()).path("inStock").asInt()).isZero();

      JsonNode open = JSON.readTree(api.get("/api/cpfr/acme/exceptions?status=OPEN").body());
      assertThat(open).hasSize(1);
      JsonNode e = open.get(0);
      assertThat(e.path("metric").asText()).isEqualTo("FORECAST_VARIANCE");
      assertThat(e.path("sku").asText()).isEqualTo("TL-1002");
      assertThat(e.path("location").asText()).isEqualTo("042");
      assertThat(e.path("week_start").asText()).isEqualTo("2026-11-30");
      assertThat(e.path("partner_value").decimalValue()).isEqualByComparingTo("45");
      assertThat(e.path("our_value").decimalValue()).isEqualByComparingTo("7");
      assertThat(e.path("measured").decimalValue()).isEqualByComparingTo("542.857");
      assertThat(e.path("threshold").decimalValue()).isEqualByComparingTo("20");
      assertThat(e.path("priority").asText()).isEqualTo("HIGH");
      long id = e.path("id").asLong();
      HttpResponse<String> tooEarly = api.post("/api/cpfr/acme/consensus", "");
      assertThat(tooEarly.statusCode()).isEqualTo(409);
      assertThat(tooEarly.body()).contains("1 exceptions of acme are still open");

      assertThat(
              api.post(
                      "/api/cpfr/exceptions/" + id + "/comments",
                      "{\"text\": \"ACME plans a promotion that week\"}")
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              api.post("/api/cpfr/exceptions/" + id + "/resolve", "{\"take\": \"override\"}")
                  .statusCode())
          .isEqualTo(400);
      HttpResponse<String> resolved =
          api.post(
              "/api/cpfr/exceptions/" + id + "/resolve",
              "{\"take\": \"override\", \"quantity\": 30}");
      assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
      assertThat(
              api.post("/api/cpfr/exceptions/" + id + "/resolve", "{\"take\": \"ours\"}")
                  .statusCode())
          .isEqualTo(409);

      JdbcTemplate db = hub.jdbc();
      assertThat(
              db.queryForMap(
                  "select status, resolution, resolved_quantity, resolved_by, resolved_at"
                      + " from cpfr_exception where id = ?",
                  id))
          .containsEntry("STATUS", "RESOLVED")
          .containsEntry("RESOLUTION", "OVERRIDE")
          .containsEntry("RESOLVED_BY", "warehouse")
          .hasEntrySatisfying(
              "RESOLVED_QUANTITY",
              q -> assertThat((java.math.BigDecimal) q).isEqualByComparingTo("30"))
          .hasEntrySatisfying(
              "RESOLVED_AT", at -> assertThat(at.toString()).startsWith("2026-11-27"));
      JsonNode all = JSON.readTree(api.get("/api/cpfr/acme/exceptions").body());
      assertThat(all.get(0).path("comments").get(0).path("author").asText()).isEqualTo("warehouse");
      assertThat(all.get(0).path("comments").get(0).path("text").asText())
          .isEqualTo("ACME plans a promotion that week");

      // the same breach on the same forecasts is known: nothing new
      assertThat(
              JSON.readTree(api.post("/api/cpfr/acme/exceptions/run", "").body())
                  .path("forecastVariance")
                  .asInt())
          .isZero();

      // the consensus: the resolved number where an exception was, else the partner's, else ours
      HttpResponse<String> agreed = api.post("/api/cpfr/acme/consensus", "");
      assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(201);
      assertThat(JSON.readTree(agreed.body()).path("version").asInt()).isEqualTo(1);
      assertThat(JSON.readTree(agreed.body()).path("buckets").asInt()).isEqualTo(108);
      assertThat(
              db.queryForList(
                  "select source || ' ' || cast(count(*) as varchar(5)) from"
                      + " consensus_forecast_line group by source order by source",
                  String.class))
          .containsExactly("OURS 103", "PARTNER 4", "RESOLVED 1");
      List<Path> sent = hub.awaitOutbox("acme", List.of("830-"));
      String the830 = Files.readString(sent.get(0));
      assertThat(StaediOpinion.of(the830, "830", "004010").errors()).isEmpty();
      assertThat(the830)
          .contains("BFR*00*CONSENSUS-1**DL*A*20261123*20270530*20261127~")
          .contains("LIN**BP*A-55002*UP*614141100149*VN*TL-1002~\nUIT*EA~\nN1*ST**92*042~\n")
          .contains("FST*40*D*W*20261123~\nFST*30*D*W*20261130~\nFST*7*D*W*20261207~\n")
          .contains("CTT*5*");
      assertThat(
              db.queryForObject(
                  "select count(*) from outbound_document where doc_type = '830'"
                      + " and status = 'DELIVERED'",
                  Integer.class))
          .isEqualTo(1);
      // ACME's 997 accepts it
      PartnerAcks consensus830 = PartnerAcks.of(hub, "acme", "830");
      hub.drop(
          "acme",
          "997-830.edi",
          PartnerAcks.acme997(
              6001,
              "AK1*PS*" + consensus830.gs06(),
              "AK2*830*" + consensus830.st02(),
              "AK5*A",
              "AK9*A*1*1*1"));
      SampleFlowTest.awaitSettled(db, 5);
      assertThat(
              db.queryForObject(
                  "select ack_status from outbound_document where doc_type = '830'", String.class))
          .isEqualTo("ACCEPTED");

      // actual orders of the week of 2026-11-30 arrive: the accuracy of both forecasts of it
      String po =
          Files.readString(Path.of("edi-samples/850/acme-single-po.edi"))
              .replace("000000101", "000000777")
              .replace("*101*X*", "*777*X*")
              .replace("GE*1*101~", "GE*1*777~")
              .replace("BEG*00*SA*4500012345**20261120~", "BEG*00*SA*4500012999**20261201~");
      hub.drop("acme", "po-next-week.edi", po.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      SampleFlowTest.awaitSettled(db, 6);
      JsonNode weeks = JSON.readTree(api.get("/api/cpfr/acme/accuracy").body());
      JsonNode week = null;
      for (JsonNode w : weeks) {
        if (w.path("week").asText().equals("2026-11-30")) {
          week = w;
        }
      }
      assertThat(week).as(weeks.toString()).isNotNull();
      // ACME forecast 45 of TL-1002 at 042 and ordered 5
      assertThat(week.path("partner").path("series").asInt()).isEqualTo(1);
      assertThat(week.path("partner").path("mape").decimalValue()).isEqualByComparingTo("800");
      assertThat(week.path("partner").path("wmape").decimalValue()).isEqualByComparingTo("800");
      assertThat(week.path("partner").path("bias").decimalValue()).isEqualByComparingTo("800");
      // ours: 18 / 7 / 24 against 10 / 5 / 24 ordered
      assertThat(week.path("ours").path("series").asInt()).isEqualTo(3);
      assertThat(week.path("ours").path("mape").decimalValue()).isEqualByComparingTo("40");
      assertThat(week.path("ours").path("wmape").decimalValue()).isEqualByComparingTo("25.641");
      assertThat(week.path("ours").path("bias").decimalValue()).isEqualByComparingTo("25.641");
      assertThat(week.path("inStock").isNull()).isTrue();
      assertThat(week.path("fillRate").decimalValue()).isEqualByComparingTo("0");

      HttpResponse<String> bigbox = api.post("/api/cpfr/bigbox/exceptions/run", "");
      assertThat(JSON.readTree(bigbox.body()).path("inStock").asInt()).isEqualTo(1);
      JsonNode stock =
          JSON.readTree(api.get("/api/cpfr/bigbox/exceptions?status=open").body()).get(0);
      assertThat(stock.path("metric").asText()).isEqualTo("IN_STOCK");
      assertThat(stock.path("sku").asText()).isEqualTo("TL-1005");
      assertThat(stock.path("location").asText()).isEqualTo("*");
      assertThat(stock.path("measured").decimalValue()).isEqualByComparingTo("0");
      assertThat(stock.path("threshold").decimalValue()).isEqualByComparingTo("90");
      assertThat(stock.path("priority").asText()).isEqualTo("HIGH");
      assertThat(
              api.post(
                      "/api/cpfr/exceptions/" + stock.path("id").asLong() + "/resolve",
                      "{\"take\": \"partner\"}")
                  .statusCode())
          .isEqualTo(400);
      assertThat(
              api.post(
                      "/api/cpfr/exceptions/" + stock.path("id").asLong() + "/resolve",
                      "{\"take\": \"noted\"}")
                  .statusCode())
          .isEqualTo(200);
      assertThat(api.post("/api/cpfr/northwind/exceptions/run", "").statusCode()).isEqualTo(409);
    }
  }
}
