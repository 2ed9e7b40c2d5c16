package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our baseline forecast of ACME's demand through the API, on a fixed Friday: from ACME's 852 sales
 * of the week before where it reports them, from its orders where it does not, for the 26 weeks of
 * the arrangement from next Monday, a new version at each computation.
 */
class CpfrBaselineTest {

  private static final Clock FRIDAY =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void computes_a_version_of_our_forecast_from_sales_and_orders() throws Exception {
    int port = HubApi.freePort();
    try (InJvmHub hub =
        InJvmHub.start("cpfr-baseline", FRIDAY, Map.of("hub.http.port", Integer.toString(port)))) {
      hub.drop("acme", "po.edi", Files.readAllBytes(Path.of("edi-samples/850/acme-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      hub.drop(
          "acme", "sales.edi", Files.readAllBytes(Path.of("edi-samples/852/acme-activity.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);
      HubApi api = new HubApi(hub, port);

      HttpResponse<String> first = api.post("/api/cpfr/acme/baseline", "");
      assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
      assertThat(first.body())
          .contains("\"version\":1")
          .contains("\"firstWeek\":\"2026-11-30\"")
          .contains("\"series\":4")
          .contains("\"buckets\":104");
      JdbcTemplate db = hub.jdbc();
      // one week of history each: simple smoothing, the week's quantity for every week ahead
      assertThat(
              db.queryForList(
                  "select l.sku || ' @ ' || l.location || ' ' || l.history || ' ' || l.method"
                      + " || ' ' || cast(min(l.quantity) as varchar(20)) || '..'"
                      + " || cast(max(l.quantity) as varchar(20)) || ' x' || count(*)"
                      + " from our_forecast_line l join our_forecast f on f.id = l.forecast_id"
                      + " where f.version = 1 group by l.sku, l.location, l.history, l.method"
                      + " order by l.sku, l.location",
                  String.class))
          .containsExactly(
              "TL-1001 @ 042 sales SIMPLE_SMOOTHING 18.000..18.000 x26",
              "TL-1001 @ 043 sales SIMPLE_SMOOTHING 22.000..22.000 x26",
              "TL-1002 @ 042 sales SIMPLE_SMOOTHING 7.000..7.000 x26",
              "TL-1003 @ 042 orders SIMPLE_SMOOTHING 24.000..24.000 x26");
      assertThat(
              db.queryForList(
                  "select cast(min(week_start) as varchar(10)) || ' ' ||"
                      + " cast(max(week_start) as varchar(10)) from our_forecast_line",
                  String.class))
          .containsExactly("2026-11-30 2027-05-24");

      assertThat(api.post("/api/cpfr/acme/baseline", "").body()).contains("\"version\":2");
      assertThat(db.queryForObject("select count(*) from our_forecast", Integer.class))
          .isEqualTo(2);
      HttpResponse<String> noArrangement = api.post("/api/cpfr/northwind/baseline", "");
      assertThat(noArrangement.statusCode()).isEqualTo(409);
      assertThat(noArrangement.body()).contains("no CPFR arrangement with partner northwind");
      assertThat(api.post("/api/cpfr/nobody/baseline", "").statusCode()).isEqualTo(404);
      assertThat(api.postWithoutLogin("/api/cpfr/acme/baseline", "").statusCode()).isEqualTo(401);
      assertThat(db.queryForObject("select count(*) from our_forecast", Integer.class))
          .isEqualTo(2);
      assertThat(List.of(first.headers().firstValue("Content-Type").orElse("")))
          .containsExactly("application/json");
    }
  }
}
