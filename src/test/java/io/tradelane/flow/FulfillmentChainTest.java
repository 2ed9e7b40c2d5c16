package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One order's whole chain, every document compared byte for byte with {@code edi-samples/chain/}:
 * ACME's PO 4500012347 (in {@code acme-multi.edi}) asks 2 TL-1004, which are in stock, and 6
 * TL-1005, which are not: 997 and 855 (IA for line 1 at our price, IB for line 2); a shipment of
 * line 1 in two cartons leaves line 2 behind: 856 and 810; a stock receipt of 6 TL-1005 releases
 * the backorder: replacement 855; a second shipment: 856 and 810. The order then stands CLOSED, and
 * its history tells each step with its cause.
 */
class FulfillmentChainTest {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  private static final Path EXPECTED = Path.of("edi-samples", "chain");
  private static final boolean RECORD = Boolean.getBoolean("samples.record");

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void takes_an_order_from_850_to_its_last_810_through_a_backorder(String database)
      throws Exception {
    if (database.equals("postgresql")) {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
        run(
            Map.of(
                "hub.db.url", postgres.getJdbcUrl("postgres", "postgres"),
                "hub.db.user", "postgres",
                "hub.db.password", ""));
      }
    } else {
      run(Map.of());
    }
  }

  private void run(Map<String, String> database) throws Exception {
    int port = HubApi.freePort();
    Map<String, String> settings = new java.util.HashMap<>(database);
    settings.put("hub.http.port", Integer.toString(port));
    settings.put("hub.orders.consumers", "1");
    try (InJvmHub hub = InJvmHub.start("chain", FIXED, settings)) {
      HubApi api = new HubApi(hub, port);
      hub.drop(
          "acme", "multi.edi", Files.readAllBytes(Path.of("edi-samples", "850", "acme-multi.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      Outbox out = new Outbox(hub);
      out.expect("997-", 1, "1-997.edi");
      out.expectContaining("855-", "BAK*00*AC*4500012347", "2-855.edi");

      assertThat(
              api.post(
                      "/api/shipments",
                      shipment(
                          "SH-3001",
                          "[{\"line\": 1, \"quantity\": 1}]",
                          "[{\"line\": 1, \"quantity\": 1}]"))
                  .statusCode())
          .isEqualTo(201);
      out.expect("856-", 1, "3-856.edi");
      out.expect("810-", 1, "4-810.edi");

      assertThat(
              api.post(
                      "/api/receipts",
                      "{\"receiptId\": \"RC-3001\", \"lines\": [{\"sku\": \"TL-1005\","
                          + " \"quantity\": 6}]}")
                  .statusCode())
          .isEqualTo(201);
      out.expectContaining("855-", "BAK*05*", "5-855-replacement.edi");

      assertThat(
              api.post(
                      "/api/shipments",
                      shipment("SH-3002", "[{\"line\": 2, \"quantity\": 6}]", null))
                  .statusCode())
          .isEqualTo(201);
      out.expect("856-", 2, "6-856.edi");
      out.expect("810-", 2, "7-810.edi");

      assertThat(
              hub.jdbc()
                  .queryForObject(
                      "select status from purchase_order where po_number = '4500012347'",
                      String.class))
          .isEqualTo("CLOSED");
      assertThat(
              hub.jdbc()
                  .queryForList(
                      "select e.cause || ' ' || e.status || ' ' || e.reference from order_event e"
                          + " join purchase_order o on o.id = e.order_id"
                          + " where o.po_number = '4500012347' and e.line_no is null"
                          + " order by e.id",
                      String.class))
          .containsExactly(
              "850 RECEIVED 4500012347",
              "855 ACKNOWLEDGED 4500012347",
              "855 BACKORDERED 4500012347",
              "SHIPMENT PARTLY_SHIPPED SH-3001",
              "SHIPMENT INVOICED SH-3002",
              "810 CLOSED INV00000002");
      assertThat(
              hub.jdbc()
                  .queryForList(
                      "select e.cause || ' ' || e.status || ' ' || e.reference from order_event e"
                          + " join purchase_order o on o.id = e.order_id"
                          + " where o.po_number = '4500012347' and e.line_no = 2 order by e.id",
                      String.class))
          .as("line 2, the backordered one")
          .containsExactly(
              "855 BACKORDERED 4500012347",
              "RECEIPT ALLOCATED RC-3001",
              "SHIPMENT SHIPPED SH-3002",
              "810 INVOICED INV00000002");
    }
  }

  /** A confirmation of PO 4500012347 in one or two cartons. */
  private static String shipment(String id, String firstCarton, String secondCarton) {
    String cartons =
        "{\"carton\": \"C1\", \"lines\": "
            + firstCarton
            + "}"
            + (secondCarton == null
                ? ""
                : ", {\"carton\": \"C2\", \"lines\": " + secondCarton + "}");
    return "{\"shipmentId\": \""
        + id
        + "\", \"shipDate\": \"2026-11-23T08:30\", \"carrier\": \"UPSN\", \"weight\": 9.5,"
        + " \"weightUnit\": \"LB\", \"orders\": [{\"partner\": \"acme\", \"poNumber\":"
        + " \"4500012347\", \"cartons\": ["
        + cartons
        + "]}]}";
  }

  /** ACME's outbox, each expected document compared with its sample. */
  private static final class Outbox {
    private final InJvmHub hub;

    Outbox(InJvmHub hub) {
      this.hub = hub;
    }

    /** Waits for the {@code count}-th file of a kind and compares it with the sample. */
    void expect(String prefix, int count, String sample) throws IOException {
      await(count + " " + prefix + " files")
          .atMost(Duration.ofSeconds(30))
          .until(() -> InJvmHub.files(hub.outbox("acme"), prefix).size() >= count);
      List<Path> files = InJvmHub.files(hub.outbox("acme"), prefix);
      compare(files.get(count - 1), sample);
    }

    /** Waits for a file of a kind holding {@code text} and compares it with the sample. */
    void expectContaining(String prefix, String text, String sample) throws IOException {
      await(prefix + " with " + text)
          .atMost(Duration.ofSeconds(30))
          .until(() -> find(prefix, text) != null);
      compare(find(prefix, text), sample);
    }

    private Path find(String prefix, String text) throws IOException {
      for (Path file : InJvmHub.files(hub.outbox("acme"), prefix)) {
        if (Files.readString(file).contains(text)) {
          return file;
        }
      }
      return null;
    }

    private static void compare(Path produced, String sample) throws IOException {
      Path expected = EXPECTED.resolve(sample);
      if (RECORD) {
        Files.createDirectories(EXPECTED);
        Files.copy(produced, expected, StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(Files.readString(produced)).as(sample).isEqualTo(Files.readString(expected));
    }
  }
}
