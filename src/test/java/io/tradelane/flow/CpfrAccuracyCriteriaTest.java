package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.runtime.MovableClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MAPE and bias criteria, on a history made week by week. On Friday 2026-10-02 ACME has sold 10
 * of TL-1001 at store 042 the week before, so our baseline forecasts 10 a week; ACME forecasts 20 a
 * week for the four weeks from 2026-10-05. It then sells 10, 10, 16 and 16. On 2026-11-06 the run
 * finds: ACME's MAPE (100 + 100 + 25 + 25) / 4 = 62.5 % above 40 % (MEDIUM), its bias (80 - 52) /
 * 52 = 53.846 % beyond 15 % (HIGH, from 30 %); our MAPE 18.75 % is fine, our bias (40 - 52) / 52 =
 * -23.077 % is not (MEDIUM).
 */
class CpfrAccuracyCriteriaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private int interchanges;

  @Test
  void opens_forecast_error_and_bias_exceptions_for_the_side_that_breaks_them() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-10-02T12:00:00Z"));
    int port = HubApi.freePort();
    try (InJvmHub hub =
        InJvmHub.start(
            "cpfr-accuracy-criteria", clock, Map.of("hub.http.port", Integer.toString(port)))) {
      HubApi api = new HubApi(hub, port);
      sales(hub, LocalDate.parse("2026-09-21"), 10);
      send(hub, "forecast.edi", forecast(), "PS");
      assertThat(api.post("/api/cpfr/acme/baseline", "").statusCode()).isEqualTo(201);
      int[] sold = {10, 10, 16, 16};
      for (int w = 0; w < sold.length; w++) {
        clock.advance(Duration.ofDays(7));
        sales(hub, LocalDate.parse("2026-10-05").plusWeeks(w), sold[w]);
      }
      clock.advance(Duration.ofDays(7)); // Friday 2026-11-06

      HttpResponse<String> run = api.post("/api/cpfr/acme/exceptions/run", "");
      assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
      JsonNode opened = JSON.readTree(run.body());
      assertThat(opened.path("forecastError").asInt()).isEqualTo(1);
      assertThat(opened.path("forecastBias").asInt()).isEqualTo(2);

      List<String> found = new ArrayList<>();
      for (JsonNode e : JSON.readTree(api.get("/api/cpfr/acme/exceptions?status=OPEN").body())) {
        if (e.path("metric").asText().startsWith("FORECAST_") && e.hasNonNull("side")) {
          found.add(
              String.join(
                  " ",
                  e.path("metric").asText(),
                  e.path("side").asText(),
                  e.path("sku").asText(),
                  e.path("location").asText(),
                  e.path("week_start").asText(),
                  e.path("partner_value").decimalValue().stripTrailingZeros().toPlainString(),
                  e.path("our_value").decimalValue().stripTrailingZeros().toPlainString(),
                  e.path("measured").decimalValue().stripTrailingZeros().toPlainString(),
                  e.path("threshold").decimalValue().stripTrailingZeros().toPlainString(),
                  e.path("priority").asText()));
        }
      }
      assertThat(found)
          .containsExactlyInAnyOrder(
              "FORECAST_ERROR PARTNER TL-1001 042 2026-10-26 62.5 18.75 62.5 40 MEDIUM",
              "FORECAST_BIAS PARTNER TL-1001 042 2026-10-26 53.846 -23.077 53.846 15 HIGH",
              "FORECAST_BIAS OURS TL-1001 042 2026-10-26 53.846 -23.077 -23.077 15 MEDIUM");

      // known breaches are not opened again
      JsonNode again = JSON.readTree(api.post("/api/cpfr/acme/exceptions/run", "").body());
      assertThat(again.path("forecastError").asInt() + again.path("forecastBias").asInt()).isZero();

      // they are noted, not settled with a number
      long error =
          JSON
              .readTree(api.get("/api/cpfr/acme/exceptions?status=OPEN").body())
              .findParents("side")
              .stream()
              .filter(e -> e.path("metric").asText().equals("FORECAST_ERROR"))
              .findFirst()
              .orElseThrow()
              .path("id")
              .asLong();
      HttpResponse<String> partner =
          api.post("/api/cpfr/exceptions/" + error + "/resolve", "{\"take\": \"partner\"}");
      assertThat(partner.statusCode()).isEqualTo(400);
      assertThat(partner.body()).contains("a FORECAST_ERROR exception is resolved as noted");
      assertThat(
              api.post("/api/cpfr/exceptions/" + error + "/resolve", "{\"take\": \"noted\"}")
                  .statusCode())
          .isEqualTo(200);
      JsonNode third = JSON.readTree(api.post("/api/cpfr/acme/exceptions/run", "").body());
      assertThat(third.path("forecastError").asInt()).isZero();

      // a week later the window has moved on and the breaches go on: the open bias exceptions
      // stand for them; the noted error is raised again, on the new window
      sales(hub, LocalDate.parse("2026-11-02"), 16);
      clock.advance(Duration.ofDays(7));
      JsonNode later = JSON.readTree(api.post("/api/cpfr/acme/exceptions/run", "").body());
      assertThat(later.path("forecastBias").asInt()).isZero();
      assertThat(later.path("forecastError").asInt()).isEqualTo(1);
      assertThat(
              hub.jdbc()
                  .queryForObject(
                      "select count(*) from cpfr_exception where metric = 'FORECAST_BIAS'",
                      Integer.class))
          .isEqualTo(2);
    }
  }

  private void sales(InJvmHub hub, LocalDate monday, int sold) throws Exception {
    send(
        hub,
        "sales-" + monday + ".edi",
        String.join(
            "~\n",
            "ST*852*0001",
            "XQ*H*" + monday.format(CCYYMMDD) + "*" + monday.plusDays(6).format(CCYYMMDD),
            "N1*RL*ACME 042*92*042",
            "LIN**UP*614141100071",
            "ZA*QA*" + sold + "*EA",
            "CTT*1",
            "SE*7*0001~\n"),
        "PD");
  }

  private static String forecast() {
    return String.join(
        "~\n",
        "ST*830*0001",
        "BFR*00*FC-ACCURACY**DL*A*20261005*20261101*20261002",
        "LIN**UP*614141100071",
        "UIT*EA",
        "N1*ST*STORE 042*92*042",
        "FST*20*D*W*20261005",
        "FST*20*D*W*20261012",
        "FST*20*D*W*20261019",
        "FST*20*D*W*20261026",
        "CTT*1*80",
        "SE*11*0001~\n");
  }

  private void send(InJvmHub hub, String name, String set, String functionalId) throws Exception {
    interchanges++;
    String control = String.format("%09d", 500 + interchanges);
    String text =
        "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261002*0800*U*00401*"
            + control
            + "*0*P*>~\n"
            + "GS*"
            + functionalId
            + "*ACMERETAIL*TRADELANEDEMO*20261002*0800*"
            + (500 + interchanges)
            + "*X*004010~\n"
            + set
            + "GE*1*"
            + (500 + interchanges)
            + "~\nIEA*1*"
            + control
            + "~\n";
    hub.drop("acme", name, text.getBytes(StandardCharsets.US_ASCII));
    SampleFlowTest.awaitSettled(hub.jdbc(), interchanges);
  }
}
