package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Order changes through the whole hub, on ACME's PO 4500012345 (lines of 10 TL-1001, 5 TL-1002, 24
 * TL-1003) and BigBox's BB-7788001: each sample of {@code edi-samples/860/} changes the order and
 * the stock as it asks, or nothing at all when refused, and ACME gets exactly the 865 stored in
 * {@code edi-samples/865/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderChangeFlowTest {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-22T10:30:00Z"), ZoneOffset.UTC);
  private static final Path CHANGES = Path.of("edi-samples", "860");
  private static final Path ANSWERS = Path.of("edi-samples", "865");
  private static final boolean RECORD = Boolean.getBoolean("samples.record");

  private static InJvmHub hub;
  private static HubApi api;
  private static int files;

  @BeforeAll
  static void startHubWithTwoOrders() throws Exception {
    int port = HubApi.freePort();
    hub =
        InJvmHub.start(
            "changes",
            FIXED,
            Map.of("hub.http.port", Integer.toString(port), "hub.orders.consumers", "1"));
    api = new HubApi(hub, port);
    drop("acme", Path.of("edi-samples", "850", "acme-single-po.edi"));
    drop("bigbox", Path.of("edi-samples", "850", "bigbox-single-po.edi"));
  }

  @AfterAll
  static void stopHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private static void drop(String partner, Path file) throws IOException {
    hub.drop(partner, file.getFileName().toString(), Files.readAllBytes(file));
    SampleFlowTest.awaitSettled(hub.jdbc(), ++files);
  }

  @Test
  @Order(1)
  void raises_and_lowers_quantities() throws Exception {
    drop("acme", CHANGES.resolve("acme-change-quantities.edi"));

    assertThat(lines("4500012345"))
        .containsExactly(
            "1 10.000 allocated 10.000 backordered 0.000 cancelled 0.000",
            "2 8.000 allocated 8.000 backordered 0.000 cancelled 0.000",
            "3 20.000 allocated 20.000 backordered 0.000 cancelled 0.000");
    assertThat(reserved("TL-1002")).isEqualByComparingTo("8");
    assertThat(reserved("TL-1003")).isEqualByComparingTo("20");
    assertAnswer("acme-change-quantities.edi");
  }

  @Test
  @Order(2)
  void adds_a_line_allocated_from_stock() throws Exception {
    drop("acme", CHANGES.resolve("acme-add-line.edi"));

    assertThat(lines("4500012345"))
        .contains("4 6.000 allocated 6.000 backordered 0.000 cancelled 0.000");
    assertThat(reserved("TL-1006")).isEqualByComparingTo("6");
    assertAnswer("acme-add-line.edi");
  }

  @Test
  @Order(3)
  void cancels_a_line_and_gives_its_stock_back() throws Exception {
    drop("acme", CHANGES.resolve("acme-cancel-line.edi"));

    assertThat(lines("4500012345"))
        .contains("3 20.000 allocated 0.000 backordered 0.000 cancelled 20.000");
    assertThat(reserved("TL-1003")).isEqualByComparingTo("0");
    assertThat(
            hub.jdbc()
                .queryForObject(
                    "select l.status from order_line l join purchase_order o on o.id = l.order_id"
                        + " where o.po_number = '4500012345' and l.line_no = 3",
                    String.class))
        .isEqualTo("CANCELLED");
    assertAnswer("acme-cancel-line.edi");
  }

  @Test
  @Order(4)
  void refuses_a_change_to_a_shipped_line_and_changes_nothing() throws Exception {
    String shipLine1 =
        "{\"shipmentId\": \"SH-4001\", \"shipDate\": \"2026-11-22\", \"carrier\": \"UPSN\","
            + " \"weight\": 5, \"weightUnit\": \"LB\", \"orders\": [{\"partner\": \"acme\","
            + " \"poNumber\": \"4500012345\", \"cartons\": [{\"carton\": \"C1\", \"lines\":"
            + " [{\"line\": 1, \"quantity\": 10}]}]}]}";
    assertThat(api.post("/api/shipments", shipLine1).statusCode()).isEqualTo(201);
    List<String> before = lines("4500012345");

    drop("acme", CHANGES.resolve("bad-acme-change-shipped-line.edi"));

    assertThat(lines("4500012345")).isEqualTo(before);
    assertThat(
            hub.jdbc()
                .queryForList(
                    "select outcome || ': ' || reason from order_change where outcome = 'REJECTED'",
                    String.class))
        .containsExactly(
            "REJECTED: PO 4500012345 line 1 has shipped 10 EA; a shipped line cannot be changed");
    assertAnswer("bad-acme-change-shipped-line.edi");
  }

  @Test
  @Order(5)
  void refuses_a_change_to_an_unknown_po() throws Exception {
    drop("acme", CHANGES.resolve("bad-acme-unknown-po.edi"));

    assertThat(
            hub.jdbc()
                .queryForObject(
                    "select count(*) from hub_event where kind = 'change-rejected'"
                        + " and message like '%PO 4599999999 is unknown%'",
                    Integer.class))
        .isEqualTo(1);
    assertAnswer("bad-acme-unknown-po.edi");
  }

  @Test
  @Order(6)
  void cancels_a_whole_order_without_an_865_for_a_partner_who_takes_none() throws Exception {
    BigDecimal reservedBefore = reserved("TL-1004");

    drop("bigbox", CHANGES.resolve("bigbox-cancel-order.edi"));

    assertThat(reservedBefore).isEqualByComparingTo("12");
    assertThat(reserved("TL-1004")).isEqualByComparingTo("0");
    assertThat(
            hub.jdbc()
                .queryForObject(
                    "select status from purchase_order where po_number = 'BB-7788001'",
                    String.class))
        .isEqualTo("CANCELLED");
    assertThat(InJvmHub.files(hub.outbox("bigbox"), "865-")).isEmpty();
  }

  @Test
  @Order(7)
  void a_change_leaving_nothing_to_ship_lets_an_order_invoiced_as_a_whole_be_invoiced()
      throws Exception {
    // BigBox is invoiced per order: PO BB-7788002 (12 TL-1004 and 6 TL-1006, both allocated)
    // ships line 1; nothing is invoiced while line 2 is left to ship, until an 860 deletes it
    String po =
        Files.readString(Path.of("edi-samples", "850", "bigbox-single-po.edi"))
            .replace("000000201", "000000301")
            .replace("|201|X|", "|301|X|")
            .replace("GE|1|201", "GE|1|301")
            .replace("BB-7788001", "BB-7788002")
            .replace("PO1|2|6|EA|15.00||UP|614141100354", "PO1|2|6|EA|9.85||UP|614141100422");
    hub.drop("bigbox", "second-po.edi", po.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    SampleFlowTest.awaitSettled(hub.jdbc(), ++files);
    String shipLine1 =
        "{\"shipmentId\": \"SH-4002\", \"shipDate\": \"2026-11-22\", \"carrier\": \"FXFE\","
            + " \"weight\": 5, \"weightUnit\": \"KG\", \"orders\": [{\"partner\": \"bigbox\","
            + " \"poNumber\": \"BB-7788002\", \"cartons\": [{\"carton\": \"C1\", \"lines\":"
            + " [{\"line\": 1, \"quantity\": 12}]}]}]}";
    assertThat(api.post("/api/shipments", shipLine1).statusCode()).isEqualTo(201);
    await("the 856 of SH-4002")
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(hub.outbox("bigbox"), "856-").size() == 1);
    assertThat(InJvmHub.files(hub.outbox("bigbox"), "810-")).as("line 2 still to ship").isEmpty();

    String lower =
        Files.readString(CHANGES.resolve("bigbox-cancel-order.edi"))
            .replace("000000206", "000000302")
            .replace("|206|X|", "|302|X|")
            .replace("GE|1|206", "GE|1|302")
            .replace("BCH|01|SA|BB-7788001||1|", "BCH|04|SA|BB-7788002||1|")
            .replace("CTT|0~SE|4|", "POC|2|DI~CTT|1~SE|5|");
    hub.drop("bigbox", "lower.edi", lower.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    SampleFlowTest.awaitSettled(hub.jdbc(), ++files);

    await("the per-order 810")
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(hub.outbox("bigbox"), "810-").size() == 1);
    assertThat(Files.readString(InJvmHub.files(hub.outbox("bigbox"), "810-").get(0)))
        .contains("BIG|20261122|INV00000002|20261120|BB-7788002~")
        .contains("IT1|1|12|EA|15.6||UP|614141100286|VN|TL-1004~");
  }

  @Test
  @Order(8)
  void applies_an_860_that_arrives_with_its_850_in_one_interchange() throws Exception {
    String order =
        Files.readString(Path.of("edi-samples", "850", "acme-single-po.edi"))
            .replace("4500012345", "4500012399");
    String change =
        Files.readString(CHANGES.resolve("acme-change-quantities.edi"))
            .replace("4500012345", "4500012399")
            .replace("*201*X*", "*102*X*")
            .replace("GE*1*201", "GE*1*102");
    // one interchange: the 850's group, then the 860's
    String both =
        order.substring(0, order.indexOf("IEA*")).replace("000000101", "000000401")
            + change.substring(change.indexOf("GS*"), change.indexOf("IEA*"))
            + "IEA*2*000000401~\n";
    hub.drop(
        "acme", "order-and-change.edi", both.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    SampleFlowTest.awaitSettled(hub.jdbc(), ++files);
    await("the 860 applied")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                hub.jdbc()
                        .queryForObject(
                            "select count(*) from order_change where po_number = '4500012399'",
                            Integer.class)
                    == 1);

    assertThat(
            hub.jdbc()
                .queryForObject(
                    "select outcome from order_change where po_number = '4500012399'",
                    String.class))
        .isEqualTo("ACCEPTED");
    assertThat(lines("4500012399"))
        .contains("2 8.000 allocated 8.000 backordered 0.000 cancelled 0.000");
  }

  private static List<String> lines(String po) {
    return hub.jdbc()
        .queryForList(
            "select l.line_no || ' ' || l.quantity || ' allocated ' || l.allocated"
                + " || ' backordered ' || l.backordered || ' cancelled ' || l.cancelled"
                + " from order_line l join purchase_order o on o.id = l.order_id"
                + " where o.po_number = ? order by l.line_no",
            String.class,
            po);
  }

  private static BigDecimal reserved(String sku) {
    return hub.jdbc()
        .queryForObject("select reserved from stock where sku = ?", BigDecimal.class, sku);
  }

  /** The newest 865 in ACME's outbox is the sample's answer. */
  private static void assertAnswer(String sample) throws IOException {
    int answered =
        hub.jdbc()
            .queryForObject(
                "select count(*) from outbound_document where doc_type = '865'", Integer.class);
    await("865 for " + sample)
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(hub.outbox("acme"), "865-").size() >= answered);
    List<Path> all = InJvmHub.files(hub.outbox("acme"), "865-");
    Path produced = all.get(all.size() - 1);
    Path expected = ANSWERS.resolve(sample);
    if (RECORD) {
      Files.createDirectories(ANSWERS);
      Files.copy(produced, expected, StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(produced)).as(sample).isEqualTo(Files.readString(expected));
  }
}
