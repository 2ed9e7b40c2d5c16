package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Stock receipts release backorders in PO date order: ACME's PO 4500012347 (dated 2026-11-20) waits
 * for 6 of TL-1005 and PO 4500019999 (dated 2026-11-18, arrived later) for 3; a receipt of 4 serves
 * the older PO first (3) and the other with the 1 left, and each gets a replacement 855; a CSV
 * receipt of 10 then serves the 5 still waiting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReceiptFlowTest {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
  private static final Path EXPECTED = Path.of("edi-samples", "receipts", "expected");
  private static final boolean RECORD = Boolean.getBoolean("samples.record");

  private static InJvmHub hub;
  private static HubApi api;

  @BeforeAll
  static void startHubWithTwoBackorders() throws Exception {
    int port = HubApi.freePort();
    hub =
        InJvmHub.start(
            "receipts",
            FIXED,
            Map.of("hub.http.port", Integer.toString(port), "hub.orders.consumers", "1"));
    api = new HubApi(hub, port);
    hub.drop(
        "acme", "multi.edi", Files.readAllBytes(Path.of("edi-samples", "850", "acme-multi.edi")));
    SampleFlowTest.awaitSettled(hub.jdbc(), 1);
    hub.drop("acme", "older.edi", olderPo().getBytes(StandardCharsets.US_ASCII));
    SampleFlowTest.awaitSettled(hub.jdbc(), 2);
  }

  /** The single-PO sample as PO 4500019999 dated 2026-11-18, its line 1 asking 3 TL-1005. */
  private static String olderPo() throws IOException {
    return Files.readString(Path.of("edi-samples", "850", "acme-single-po.edi"))
        .replace("000000101", "000000777")
        .replace("*101*X*", "*777*X*")
        .replace("GE*1*101", "GE*1*777")
        .replace("BEG*00*SA*4500012345**20261120", "BEG*00*SA*4500019999**20261118")
        .replace(
            "PO1*1*10*EA*12.40**IN*A-55001*UP*614141100071",
            "PO1*1*3*EA*31.90**IN*A-55005*UP*614141100354")
        .replace("CTT*3*39", "CTT*3*32");
  }

  @AfterAll
  static void stopHub() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  @Order(1)
  void both_orders_wait_for_the_skillet() {
    assertThat(backorders())
        .containsExactly(
            "4500012347/2 allocated 0.000 backordered 6.000",
            "4500019999/1 allocated 0.000 backordered 3.000");
  }

  @Test
  @Order(2)
  void refuses_a_receipt_of_an_unknown_sku() throws Exception {
    HttpResponse<String> answer =
        post("{\"receiptId\": \"RC-0\", \"lines\": [{\"sku\": \"TL-9999\", \"quantity\": 4}]}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo("{\"errors\":[\"lines[0]: SKU 'TL-9999' is not in the catalog\"]}");
    assertThat(onHand()).isEqualTo("0.000/0.000");
  }

  @Test
  @Order(3)
  void serves_the_older_po_first_and_sends_replacement_855s() throws Exception {
    int before = InJvmHub.files(hub.outbox("acme"), "855-").size();

    HttpResponse<String> answer =
        post("{\"receiptId\": \"RC-1\", \"lines\": [{\"sku\": \"TL-1005\", \"quantity\": 4}]}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(answer.body())
        .isEqualTo("{\"receiptId\":\"RC-1\",\"status\":\"received\",\"backordersServed\":2}");
    assertThat(backorders())
        .containsExactly(
            "4500012347/2 allocated 1.000 backordered 5.000",
            "4500019999/1 allocated 3.000 backordered 0.000");
    assertThat(onHand()).isEqualTo("4.000/4.000");
    List<Path> replacements = await855s(before + 2).subList(before, before + 2);
    assertSample(replacements.get(0), "acme-4500019999-released.edi");
    assertSample(replacements.get(1), "acme-4500012347-partly-released.edi");
    assertThat(
            hub.jdbc()
                .queryForList(
                    "select coalesce(cast(e.line_no as varchar), '-') || ' ' || e.status from order_event e join purchase_order o"
                        + " on o.id = e.order_id where o.po_number = '4500019999' and e.cause ="
                        + " 'RECEIPT' order by e.id",
                    String.class))
        .containsExactly("1 ALLOCATED", "- ALLOCATED");

    HttpResponse<String> again =
        post("{\"receiptId\": \"RC-1\", \"lines\": [{\"sku\": \"TL-1005\", \"quantity\": 4}]}");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(onHand()).as("stock counted once").isEqualTo("4.000/4.000");
  }

  @Test
  @Order(4)
  void a_csv_receipt_serves_what_still_waits() throws Exception {
    int before = InJvmHub.files(hub.outbox("acme"), "855-").size();
    Path in = hub.dataDir().resolve("backoffice/receipts/in");
    Files.createDirectories(in);
    Files.writeString(in.resolve(".rc2.part"), "receipt_id,sku,quantity\nRC-2,TL-1005,10\n");
    Files.move(in.resolve(".rc2.part"), in.resolve("rc2.csv"));

    await("rc2.csv applied")
        .atMost(Duration.ofSeconds(30))
        .until(() -> Files.exists(hub.dataDir().resolve("backoffice/receipts/done/rc2.csv")));
    assertThat(backorders())
        .containsExactly(
            "4500012347/2 allocated 6.000 backordered 0.000",
            "4500019999/1 allocated 3.000 backordered 0.000");
    assertThat(onHand()).isEqualTo("14.000/9.000");
    assertSample(await855s(before + 1).get(before), "acme-4500012347-released.edi");
  }

  private static List<String> backorders() {
    return hub.jdbc()
        .queryForList(
            "select o.po_number || '/' || l.line_no || ' allocated ' || l.allocated"
                + " || ' backordered ' || l.backordered from order_line l join purchase_order o"
                + " on o.id = l.order_id where l.sku = 'TL-1005' order by o.po_number",
            String.class);
  }

  private static String onHand() {
    Map<String, Object> row =
        hub.jdbc().queryForMap("select on_hand, reserved from stock where sku = 'TL-1005'");
    return new java.math.BigDecimal(row.get("on_hand").toString()).setScale(3).toPlainString()
        + "/"
        + new java.math.BigDecimal(row.get("reserved").toString()).setScale(3).toPlainString();
  }

  private static List<Path> await855s(int count) {
    await(count + " 855 files")
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(hub.outbox("acme"), "855-").size() >= count);
    return InJvmHub.files(hub.outbox("acme"), "855-");
  }

  private static void assertSample(Path produced, String sample) throws IOException {
    Path expected = EXPECTED.resolve(sample);
    if (RECORD) {
      Files.createDirectories(EXPECTED);
      Files.copy(produced, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(produced)).isEqualTo(Files.readString(expected));
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return api.post("/api/receipts", body);
  }
}
