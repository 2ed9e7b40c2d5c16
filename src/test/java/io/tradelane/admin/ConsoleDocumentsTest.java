package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.FreePorts;
import io.tradelane.runtime.InJvmHub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Tracking documents from the console: ACME's PO 4500012345 comes in, is acknowledged (997),
 * answered (855), shipped (856) and invoiced (810). A viewer finds its documents by PO number, type
 * and control number, opens one with its raw X12, and opens the PO's whole chain in order.
 */
class ConsoleDocumentsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PO = "4500012345";

  @Test
  void finds_documents_and_shows_a_purchase_orders_chain() throws Exception {
    int port = FreePorts.next();
    ConsoleClient client = new ConsoleClient(port);
    try (InJvmHub hub =
        InJvmHub.start(
            "console-documents",
            null,
            Map.of(
                "hub.http.port",
                Integer.toString(port),
                "hub.console.admin-password",
                "first admin's password"))) {
      hub.drop(
          "acme",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
      awaitDelivered(hub, "855");
      HttpResponse<String> shipped = shipment(hub, port);
      assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
      awaitDelivered(hub, "810");
      new ConsoleUsers(hub.jdbc(), Clock.systemUTC())
          .add("victor", "viewer's password", Role.VIEWER, "test");
      String viewer = client.session("victor", "viewer's password").cookie();

      assertThat(client.get("/console/api/orders/acme/" + PO, null).statusCode()).isEqualTo(401);
      JsonNode chain = JSON.readTree(client.get("/console/api/orders/acme/" + PO, viewer).body());
      assertThat(chain.path("documents"))
          .extracting(d -> d.path("direction").asText() + " " + d.path("type").asText())
          .containsExactly("in 850", "out 997", "out 855", "out 856", "out 810");
      assertThat(chain.path("documents").get(2).path("status").asText()).isEqualTo("DELIVERED");
      assertThat(chain.path("documents").get(2).path("delivered_via").asText())
          .isEqualTo("mailbox");

      JsonNode byPo = JSON.readTree(client.get("/console/api/documents?po=" + PO, viewer).body());
      assertThat(byPo)
          .extracting(d -> d.path("type").asText())
          .containsExactlyInAnyOrder("850", "855", "856", "810");
      JsonNode acks =
          JSON.readTree(
              client
                  .get("/console/api/documents?direction=out&type=997&partner=acme", viewer)
                  .body());
      assertThat(acks).hasSize(1);
      String control = acks.get(0).path("control").asText();
      assertThat(
              JSON.readTree(
                      client
                          .get("/console/api/documents?direction=out&control=" + control, viewer)
                          .body())
                  .findValuesAsText("type"))
          .containsExactly("997");
      assertThat(JSON.readTree(client.get("/console/api/documents?from=2099-01-01", viewer).body()))
          .isEmpty();
      HttpResponse<String> bad =
          client.get("/console/api/documents?direction=sideways&to=tomorrow", viewer);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).path("errors"))
          .extracting(JsonNode::asText)
          .containsExactly("to: 'tomorrow' is not a date (2026-11-22)", "direction: in or out");

      long ack = chain.path("documents").get(2).path("id").asLong();
      JsonNode document =
          JSON.readTree(client.get("/console/api/documents/out/" + ack, viewer).body());
      assertThat(document.path("content").asText()).startsWith("ISA*").contains("BAK*");
      long order = chain.path("documents").get(0).path("id").asLong();
      assertThat(
              JSON.readTree(client.get("/console/api/documents/in/" + order, viewer).body())
                  .path("content")
                  .asText())
          .contains("BEG*00*SA*" + PO);
      assertThat(client.get("/console/api/documents/in/999999", viewer).statusCode())
          .isEqualTo(404);
      assertThat(client.get("/console/api/orders/acme/NOPE", viewer).statusCode()).isEqualTo(404);
    }
  }

  private static void awaitDelivered(InJvmHub hub, String type) {
    await(type + " delivered")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                hub.jdbc()
                        .queryForObject(
                            "select count(*) from outbound_document where doc_type = ?"
                                + " and status = 'DELIVERED'",
                            Integer.class,
                            type)
                    == 1);
  }

  /** The warehouse confirms line 1 shipped, with its API login (basic authentication). */
  private static HttpResponse<String> shipment(InJvmHub hub, int port) throws Exception {
    Properties users = new Properties();
    try (var in = Files.newBufferedReader(hub.dataDir().resolve("security/api-users.properties"))) {
      users.load(in);
    }
    String login =
        Base64.getEncoder()
            .encodeToString(
                ("warehouse:" + users.getProperty("user.warehouse"))
                    .getBytes(StandardCharsets.UTF_8));
    String body =
        "{\"shipmentId\": \"SH-9001\", \"shipDate\": \"2026-11-23T08:30\", \"carrier\": \"UPSN\","
            + " \"weight\": 9.5, \"weightUnit\": \"LB\", \"orders\": [{\"partner\": \"acme\","
            + " \"poNumber\": \""
            + PO
            + "\", \"cartons\": [{\"carton\": \"C1\", \"lines\": [{\"line\": 1, \"quantity\":"
            + " 10}]}]}]}";
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/shipments"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + login)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
