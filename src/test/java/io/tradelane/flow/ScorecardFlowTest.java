package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.admin.ConsoleClient;
import io.tradelane.admin.ConsoleUsers;
import io.tradelane.admin.Role;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.runtime.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The supplier scorecard read from what really happened: ACME sends six POs on 23 November (each
 * asks for shipment by 1 December), all answered by 855 at once. PO 4500012346 ships in full on
 * time; ACME accepts its 856 and rejects its 810. PO 4500012347 ships line 1 of 2 on time. On 2
 * December PO 4500012348 ships in full, a day late. Three POs never ship, and are due.
 *
 * <p>So, as of 2 December: 855s 6 of 6 on time; 856s 3 of 3; documents accepted 1 of 2 (the 856,
 * not the 810); fill rate 42 of 84 units (39 + 2 + 1 shipped of 39 + 8 + 1 + 19 + 7 + 10 wanted);
 * on time 2 of 3 shipped orders; in full 2 of 3; perfect order rate 2/3 x 2/3 x 1/2 = 0.2222, and
 * no order perfect on its own (one in error, one short, one late).
 */
class ScorecardFlowTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PERIOD = "/console/api/scorecard?from=2026-11-20&to=2026-12-02";

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void scores_each_partner_on_the_orders_it_sent(String database) throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));
    int port = HubApi.freePort();
    try (TestDatabase db = TestDatabase.start(database);
        InJvmHub hub =
            InJvmHub.start(
                "scorecard",
                clock,
                db.settings(
                    Map.of(
                        "hub.http.port",
                        Integer.toString(port),
                        "hub.console.admin-password",
                        "first admin's password")))) {
      HubApi api = new HubApi(hub, port);
      hub.drop(
          "acme", "multi.edi", Files.readAllBytes(Path.of("edi-samples", "850", "acme-multi.edi")));
      awaitDelivered(hub, "855", 6);

      ship(api, "SH-7001", "4500012346", "2026-11-23T08:30", "[[1, 10], [2, 5], [3, 24]]");
      awaitDelivered(hub, "810", 1);
      PartnerAcks asn = PartnerAcks.of(hub, "acme", "856");
      PartnerAcks invoice = PartnerAcks.of(hub, "acme", "810");
      hub.drop(
          "acme",
          "997-856.edi",
          PartnerAcks.acme997(
              6001, "AK1*SH*" + asn.gs06(), "AK2*856*" + asn.st02(), "AK5*A", "AK9*A*1*1*1"));
      hub.drop(
          "acme",
          "997-810.edi",
          PartnerAcks.acme997(
              6002,
              "AK1*IN*" + invoice.gs06(),
              "AK2*810*" + invoice.st02(),
              "AK3*IT1*3**8",
              "AK4*2*358*5*0",
              "AK5*R*5",
              "AK9*R*1*1*0"));
      await("both 997s applied")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  hub.jdbc()
                      .queryForList(
                          "select ack_status from outbound_document where doc_type in"
                              + " ('856', '810') and ack_status is not null order by doc_type",
                          String.class)
                      .equals(java.util.List.of("REJECTED", "ACCEPTED")));
      ship(api, "SH-7002", "4500012347", "2026-11-23T08:45", "[[1, 2]]");
      awaitDelivered(hub, "810", 2);

      clock.advance(Duration.ofDays(9)); // 2 December, 09:00
      ship(api, "SH-7003", "4500012348", "2026-12-02T08:00", "[[1, 1]]");
      awaitDelivered(hub, "810", 3);

      ConsoleClient console = new ConsoleClient(port);
      new ConsoleUsers(hub.jdbc(), Clock.systemUTC())
          .add("victor", "viewer's password", Role.VIEWER, "test");
      String viewer = console.session("victor", "viewer's password").cookie();
      assertThat(console.get(PERIOD, null).statusCode()).isEqualTo(401);
      assertThat(console.get("/console/api/scorecard?from=2026-13-01", viewer).statusCode())
          .isEqualTo(400);
      assertThat(
              console
                  .get("/console/api/scorecard?from=2026-12-02&to=2026-11-20", viewer)
                  .statusCode())
          .isEqualTo(400);

      JsonNode card = JSON.readTree(console.get(PERIOD, viewer).body());
      assertThat(card.path("from").asText()).isEqualTo("2026-11-20");
      assertThat(card.path("to").asText()).isEqualTo("2026-12-02");
      assertThat(card.path("partners"))
          .extracting(p -> p.path("partner").asText())
          .containsExactly("acme", "bigbox", "northwind");
      JsonNode acme = card.path("partners").get(0);
      assertThat(acme.path("orders").asInt()).isEqualTo(6);
      assertRatio(acme.path("poAckOnTime"), "6", "6", "1");
      assertThat(acme.path("poAckOnTime").path("pending").asInt()).isZero();
      assertRatio(acme.path("asnOnTime"), "3", "3", "1");
      assertThat(acme.path("asnOnTime").path("window").asText()).isEqualTo("PT24H");
      assertRatio(acme.path("documentsAccepted"), "1", "2", "0.5");
      assertRatio(acme.path("fillRate"), "42", "84", "0.5");
      assertRatio(acme.path("onTime"), "2", "3", "0.6667");
      assertRatio(acme.path("inFull"), "2", "3", "0.6667");
      assertThat(acme.path("damageFree").path("rate").isNull()).isTrue();
      assertThat(acme.path("perfectOrder").path("rate").decimalValue())
          .isEqualByComparingTo("0.2222");
      assertRatio(acme.path("perfectOrder").path("perfectOrders"), "0", "3", "0");

      JsonNode bigbox = card.path("partners").get(1);
      assertThat(bigbox.path("orders").asInt()).isZero();
      assertThat(bigbox.path("fillRate").path("rate").isNull())
          .as("nothing to measure is no figure, not 0 %")
          .isTrue();
      assertThat(bigbox.path("perfectOrder").path("rate").isNull()).isTrue();

      JsonNode before =
          JSON.readTree(
              console.get("/console/api/scorecard?from=2026-11-01&to=2026-11-22", viewer).body());
      assertThat(before.path("partners").get(0).path("orders").asInt())
          .as("orders received before the period")
          .isZero();
    }
  }

  private static void assertRatio(
      JsonNode ratio, String numerator, String denominator, String rate) {
    assertThat(ratio.path("numerator").decimalValue()).isEqualByComparingTo(numerator);
    assertThat(ratio.path("denominator").decimalValue()).isEqualByComparingTo(denominator);
    assertThat(ratio.path("rate").decimalValue()).isEqualByComparingTo(rate);
  }

  /** The warehouse confirms lines ([line, quantity] pairs) of an ACME PO shipped in one carton. */
  private static void ship(HubApi api, String id, String po, String shipDate, String lines)
      throws Exception {
    StringBuilder cartonLines = new StringBuilder();
    for (JsonNode line : JSON.readTree(lines)) {
      cartonLines
          .append(cartonLines.length() == 0 ? "" : ", ")
          .append("{\"line\": ")
          .append(line.get(0).asInt())
          .append(", \"quantity\": ")
          .append(line.get(1).asInt())
          .append('}');
    }
    var response =
        api.post(
            "/api/shipments",
            "{\"shipmentId\": \""
                + id
                + "\", \"shipDate\": \""
                + shipDate
                + "\", \"carrier\": \"UPSN\", \"weight\": 9.5, \"weightUnit\": \"LB\","
                + " \"orders\": [{\"partner\": \"acme\", \"poNumber\": \""
                + po
                + "\", \"cartons\": [{\"carton\": \"C1\", \"lines\": ["
                + cartonLines
                + "]}]}]}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static void awaitDelivered(InJvmHub hub, String type, int count) {
    await(count + " " + type + " delivered")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                hub.jdbc()
                        .queryForObject(
                            "select count(*) from outbound_document where doc_type = ?"
                                + " and status = 'DELIVERED'",
                            Integer.class,
                            type)
                    == count);
  }
}
