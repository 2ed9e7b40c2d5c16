package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tradelane.billing.Invoicing;
import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
 * Shipment confirmations from the warehouse, through the whole hub: ACME's PO 4500012345 (lines of
 * 10, 5 and 24 EA, all allocated) is shipped over REST in two cartons with line 2 short, then the
 * rest of line 2 by a CSV drop, on a pallet. Each applied confirmation takes the shipped quantities
 * out of the order and the stock and sends exactly the 856 stored beside the samples; a refused one
 * applies nothing and names every error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShipmentFlowTest {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-21T15:30:00Z"), ZoneOffset.UTC);
  private static final Path SAMPLES = Path.of("edi-samples", "856");
  private static final Path SHIPMENTS = Path.of("edi-samples", "shipments");
  private static final boolean RECORD = Boolean.getBoolean("samples.record");

  private static InJvmHub hub;
  private static HubApi api;

  @BeforeAll
  static void startHubWithAnOrder() throws Exception {
    int port = HubApi.freePort();
    hub =
        InJvmHub.start(
            "shipments",
            FIXED,
            Map.of("hub.http.port", Integer.toString(port), "hub.orders.consumers", "1"));
    api = new HubApi(hub, port);
    hub.drop(
        "acme", "po.edi", Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
    SampleFlowTest.awaitSettled(hub.jdbc(), 1);
  }

  @AfterAll
  static void stopHub() {
    if (hub != null) {
      hub.close();
    }
  }

  /** A shipment sample of {@code edi-samples/shipments/}. */
  private static String sample(String name) throws IOException {
    return Files.readString(SHIPMENTS.resolve(name));
  }

  private static HttpResponse<String> post(String body, boolean login) throws Exception {
    return login ? api.post("/api/shipments", body) : api.postWithoutLogin("/api/shipments", body);
  }

  @Test
  @Order(1)
  void refuses_a_confirmation_without_login() throws Exception {
    HttpResponse<String> answer = post(sample("acme-sh-1001.json"), false);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(count("select count(*) from shipment")).isZero();
  }

  @Test
  @Order(2)
  void refuses_a_bad_confirmation_as_a_whole_naming_every_error() throws Exception {
    HttpResponse<String> answer = post(sample("bad-acme-confirmation.json"), true);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errors\":["
                + "\"orders[0].cartons[1].lines[0]: order 4500012345 has no line 9\","
                + "\"orders[1].cartons[0].lines[0]: order 4599999999 of partner acme is unknown\","
                + "\"orders[0].cartons[0].lines[1]: order 4500012345 line 2 ships 6 EA, more than"
                + " the 5 allocated to it and not yet shipped (ordered 5)\"]}");
    assertThat(count("select count(*) from shipment")).isZero();
    assertThat(stock("TL-1001")).as("nothing left the stock").isEqualTo("500.000/10.000");
  }

  @Test
  @Order(3)
  void ships_two_cartons_with_a_short_line_and_sends_the_856() throws Exception {
    HttpResponse<String> answer = post(sample("acme-sh-1001.json"), true);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(answer.body())
        .isEqualTo(
            "{\"shipmentId\":\"SH-1001\",\"status\":\"confirmed\",\"ssccs\":"
                + "[\"006141410000000005\",\"006141410000000012\"]}");
    Path asn = await856(1);
    assertSample(asn, "acme-shipment-rest.edi");
    // per shipment, at the 855's prices (line 1 as ordered, lines 2 and 3 at our list price), with
    // freight: 10 x 12.40 + 3 x 18.75 + 24 x 22.10 + 15.00 = 725.65
    assertInvoice(await810(1), "acme-810-sh-1001.edi");
    assertThat(
            hub.jdbc()
                .queryForList(
                    "select line_no || ' ' || status || ' shipped ' || shipped || ' allocated '"
                        + " || allocated from order_line order by line_no",
                    String.class))
        .containsExactly(
            "1 INVOICED shipped 10.000 allocated 0.000",
            "2 PARTLY_SHIPPED shipped 3.000 allocated 2.000",
            "3 INVOICED shipped 24.000 allocated 0.000");
    assertThat(hub.jdbc().queryForObject("select status from purchase_order", String.class))
        .isEqualTo("PARTLY_SHIPPED");
    assertThat(stock("TL-1001")).as("10 left on-hand and reservation").isEqualTo("490.000/0.000");
  }

  @Test
  @Order(4)
  void answers_the_same_confirmation_again_without_a_second_shipment() throws Exception {
    HttpResponse<String> answer = post(sample("acme-sh-1001.json"), true);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"status\":\"confirmed before\"");
    assertThat(count("select count(*) from shipment")).isEqualTo(1);
    assertThat(count("select count(*) from outbound_document where doc_type = '856'")).isEqualTo(1);

    HttpResponse<String> changed =
        post(sample("acme-sh-1001.json").replace("\"quantity\": 24", "\"quantity\": 20"), true);
    assertThat(changed.statusCode()).isEqualTo(400);
    assertThat(changed.body())
        .isEqualTo(
            "{\"errors\":[\"body: shipment SH-1001 was confirmed before with other content;"
                + " a shipment cannot be changed once its 856 is out\"]}");
  }

  @Test
  @Order(5)
  void ships_the_rest_of_the_short_line_from_a_csv_drop() throws Exception {
    drop("second.csv", sample("acme-sh-1002.csv"));

    await("second.csv applied")
        .atMost(Duration.ofSeconds(30))
        .until(() -> Files.exists(shipmentsDir().resolve("done/second.csv")));
    Path asn = await856(2);
    assertSample(asn, "acme-shipment-csv.edi");
    // 2 x 18.75 + 15.00 = 52.50
    assertInvoice(await810(2), "acme-810-sh-1002.edi");
    assertThat(hub.jdbc().queryForObject("select status from purchase_order", String.class))
        .as("everything shipped and invoiced")
        .isEqualTo("CLOSED");
  }

  @Test
  @Order(6)
  void refuses_a_bad_csv_into_failed_with_a_report_by_row_and_field() throws Exception {
    drop("bad.csv", sample("bad-acme-rows.csv"));

    Path report = shipmentsDir().resolve("failed/bad.csv.errors.txt");
    await("bad.csv refused").atMost(Duration.ofSeconds(30)).until(() -> Files.exists(report));
    assertThat(Files.readAllLines(report))
        .containsExactly(
            "row 2, field quantity: 'x' is not a number",
            "row 3, field carrier: 'ups' is not a SCAC (2 to 4 capital letters)",
            "row 3, field ship_date: '2026-11-23T00:00' differs from row 2 of the same shipment"
                + " ('2026-11-22T00:00')");
    assertThat(shipmentsDir().resolve("failed/bad.csv")).exists();
    assertThat(count("select count(*) from shipment")).isEqualTo(2);
    assertThat(
            count(
                "select count(*) from hub_event where kind = 'shipment-file-rejected'"
                    + " and reference = 'bad.csv'"))
        .isEqualTo(1);
  }

  @Test
  @Order(7)
  void refuses_a_csv_row_with_a_field_missing() throws Exception {
    drop("ragged.csv", sample("bad-acme-field-missing.csv"));

    Path report = shipmentsDir().resolve("failed/ragged.csv.errors.txt");
    await("ragged.csv refused").atMost(Duration.ofSeconds(30)).until(() -> Files.exists(report));
    assertThat(Files.readAllLines(report)).containsExactly("row 2, field quantity: missing");
    assertThat(count("select count(*) from shipment")).isEqualTo(2);
  }

  @Test
  @Order(8)
  void ships_bigbox_in_cartons_with_its_standard_carton_856() throws Exception {
    // BigBox's line 2 (6 EA) found no stock and was cut (IR); line 1 (12 EA) ships in two cartons
    hub.drop(
        "bigbox",
        "po.edi",
        Files.readAllBytes(Path.of("edi-samples", "850", "bigbox-single-po.edi")));
    SampleFlowTest.awaitSettled(hub.jdbc(), 2);
    String inCartons = sample("bigbox-sh-2001.json");
    String body = inCartons.replace("\"carton\": \"C1\"", "\"carton\": \"C1\", \"pallet\": \"P1\"");

    HttpResponse<String> onPallet = post(body, true);
    assertThat(onPallet.statusCode()).isEqualTo(400);
    assertThat(onPallet.body())
        .isEqualTo(
            "{\"errors\":[\"orders[0].cartons[0].lines[0]: pallet P1: partner bigbox takes standard"
                + " carton 856s (shipment / order / item / pack), which have no pallet level to carry"
                + " its SSCC; confirm the cartons without pallets\"]}");

    HttpResponse<String> answer = post(inCartons, true);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    await("bigbox 856")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !InJvmHub.files(hub.outbox("bigbox"), "856-").isEmpty());
    assertSample(
        InJvmHub.files(hub.outbox("bigbox"), "856-").get(0), "bigbox-shipment-cartons.edi");
    // per order (line 2 was cut, so nothing is left to ship), 12 x 15.60 = 187.20, tax 6.25% 11.70
    await("bigbox 810")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !InJvmHub.files(hub.outbox("bigbox"), "810-").isEmpty());
    assertInvoice(InJvmHub.files(hub.outbox("bigbox"), "810-").get(0), "bigbox-810-bb-7788001.edi");
  }

  @Test
  @Order(9)
  void never_invoices_more_than_was_shipped() {
    // a shipment row claiming 5 more of line 1 than order_line.shipped knows of (as a bug or a
    // hand edit could leave it): the invoicing stage refuses to bill it
    long orderId =
        hub.jdbc()
            .queryForObject(
                "select id from purchase_order where po_number = '4500012345'", Long.class);
    hub.jdbc()
        .update(
            "insert into shipment (shipment_ref, partner_id, source, content_sha256, shipped_at,"
                + " carrier_scac, weight, weight_unit, received_at) values ('SH-FORGED', 'acme',"
                + " 'test', 'x', current_timestamp, 'UPSN', 1, 'LB', current_timestamp)");
    long shipmentId =
        hub.jdbc()
            .queryForObject("select id from shipment where shipment_ref = 'SH-FORGED'", Long.class);
    hub.jdbc()
        .update(
            "insert into shipment_package (sscc, shipment_id, order_id, kind, package_ref, seq)"
                + " values ('006141410000009999', ?, ?, 'C', 'C1', 1)",
            shipmentId,
            orderId);
    hub.jdbc()
        .update(
            "insert into shipment_item (carton_sscc, order_id, line_no, quantity)"
                + " values ('006141410000009999', ?, 1, 5)",
            orderId);
    Invoicing invoicing =
        hub.camel().getRegistry().lookupByNameAndType("invoicing", Invoicing.class);

    assertThatThrownBy(() -> invoicing.invoiceShipment(Long.toString(shipmentId)))
        .hasMessage(
            "810 for PO 4500012345 would bill 5 of line 1, but only 0 were shipped and not yet"
                + " invoiced");
    assertThat(count("select count(*) from invoice where shipment_id = " + shipmentId)).isZero();
  }

  private static Path shipmentsDir() {
    return hub.dataDir().resolve("backoffice/shipments");
  }

  private static void drop(String name, String content) throws IOException {
    Path in = shipmentsDir().resolve("in");
    Files.createDirectories(in);
    Path part = in.resolve("." + name + ".part");
    Files.writeString(part, content);
    Files.move(part, in.resolve(name));
  }

  private static Path await856(int count) {
    await(count + " 856 files")
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(hub.outbox("acme"), "856-").size() >= count);
    List<Path> all = InJvmHub.files(hub.outbox("acme"), "856-");
    return all.get(all.size() - 1);
  }

  private static Path await810(int count) {
    await(count + " 810 files")
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(hub.outbox("acme"), "810-").size() >= count);
    List<Path> all = InJvmHub.files(hub.outbox("acme"), "810-");
    return all.get(all.size() - 1);
  }

  private static void assertInvoice(Path produced, String sample) throws IOException {
    assertSample(produced, Path.of("edi-samples", "810", "expected").resolve(sample));
  }

  private static void assertSample(Path produced, String sample) throws IOException {
    assertSample(produced, SAMPLES.resolve("expected").resolve(sample));
  }

  private static void assertSample(Path produced, Path expected) throws IOException {
    if (RECORD) {
      Files.createDirectories(expected.getParent());
      Files.copy(produced, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(produced)).isEqualTo(Files.readString(expected));
  }

  private static long count(String sql) {
    return hub.jdbc().queryForObject(sql, Long.class);
  }

  private static String stock(String sku) {
    Map<String, Object> row =
        hub.jdbc().queryForMap("select on_hand, reserved from stock where sku = ?", sku);
    return ((BigDecimal) row.get("on_hand")).setScale(3).toPlainString()
        + "/"
        + ((BigDecimal) row.get("reserved")).setScale(3).toPlainString();
  }
}
