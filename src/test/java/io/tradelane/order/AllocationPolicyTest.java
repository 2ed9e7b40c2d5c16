package io.tradelane.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.inventory.CatalogItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationPolicyTest {

  private static final CatalogItem BOTTLE =
      new CatalogItem("TL-1001", "Bottle", "614141100071", "EA", new BigDecimal("12.40"));
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private static PurchaseOrder.Line line(String qty, String price) {
    return new PurchaseOrder.Line(
        "1",
        new BigDecimal(qty),
        "EA",
        price == null ? null : new BigDecimal(price),
        null,
        BOTTLE.upc());
  }

  @ParameterizedTest(
      name = "backorders={0} qty={1} available={2} -> {3} {4}, allocated {5}, backordered {6}")
  @CsvSource({
    "true, 10, 500, IA, 10, 10, 0",
    "true, 100, 60, IA, 60, 60, 40",
    "true, 10, 0, IB, 10, 0, 10",
    "false, 10, 500, IA, 10, 10, 0",
    "false, 100, 60, IQ, 60, 60, 0",
    "false, 10, 0, IR, 10, 0, 0",
    "false, 10, -5, IR, 10, 0, 0",
  })
  void answers_a_line_by_the_partners_policy(
      boolean backorders,
      String qty,
      String available,
      String code,
      String ackQty,
      String allocated,
      String backordered) {
    LineOutcome outcome =
        new AllocationPolicy(backorders, TOLERANCE)
            .decide(line(qty, "12.40"), Optional.of(BOTTLE), new BigDecimal(available));

    assertThat(outcome.ackCode()).isEqualTo(code);
    assertThat(outcome.ackQuantity()).isEqualByComparingTo(ackQty);
    assertThat(outcome.allocated()).isEqualByComparingTo(allocated);
    assertThat(outcome.backordered()).isEqualByComparingTo(backordered);
  }

  @Test
  void rejects_an_unknown_item_with_IR() {
    LineOutcome outcome =
        new AllocationPolicy(true, TOLERANCE)
            .decide(line("5", "1.00"), Optional.empty(), BigDecimal.ZERO);

    assertThat(outcome.ackCode()).isEqualTo("IR");
    assertThat(outcome.allocated()).isZero();
  }

  @Test
  void rejects_a_unit_we_do_not_sell_the_item_in() {
    PurchaseOrder.Line cases =
        new PurchaseOrder.Line("1", BigDecimal.TEN, "CA", null, null, BOTTLE.upc());

    assertThat(
            new AllocationPolicy(true, TOLERANCE)
                .decide(cases, Optional.of(BOTTLE), BigDecimal.TEN)
                .ackCode())
        .isEqualTo("IR");
  }

  @ParameterizedTest(name = "buyer price {0} -> {1}")
  @CsvSource({"12.40, IA", "12.52, IA", "12.28, IA", "12.53, IP", "12.27, IP", "10.00, IP"})
  void answers_a_price_more_than_one_percent_off_with_IP(String price, String code) {
    LineOutcome outcome =
        new AllocationPolicy(true, TOLERANCE)
            .decide(line("10", price), Optional.of(BOTTLE), new BigDecimal("500"));

    assertThat(outcome.ackCode()).isEqualTo(code);
  }

  @Test
  void confirms_our_price_when_the_buyers_is_off_or_missing() {
    AllocationPolicy policy = new AllocationPolicy(true, TOLERANCE);
    OrderLine off = orderLine("IP", "10.00");
    OrderLine close = orderLine("IA", "12.45");
    OrderLine none = orderLine("IA", null);

    assertThat(policy.confirmedPrice(off)).isEqualByComparingTo("12.40");
    assertThat(policy.confirmedPrice(close)).isEqualByComparingTo("12.45");
    assertThat(policy.confirmedPrice(none)).isEqualByComparingTo("12.40");
  }

  @Test
  void acknowledges_an_order_AD_AC_or_RJ() {
    OrderLine asOrdered = orderLine("IA", "12.40");
    OrderLine rejected = orderLine("IR", "12.40");
    OrderLine changed = orderLine("IP", "10.00");

    assertThat(AllocationPolicy.ackType(List.of(asOrdered, asOrdered))).isEqualTo("AD");
    assertThat(AllocationPolicy.ackType(List.of(asOrdered, rejected))).isEqualTo("AC");
    assertThat(AllocationPolicy.ackType(List.of(changed))).isEqualTo("AC");
    assertThat(AllocationPolicy.ackType(List.of(rejected, rejected))).isEqualTo("RJ");
  }

  @Test
  void a_fully_allocated_line_with_a_backorder_is_a_change() {
    OrderLine partial =
        new OrderLine(
            1,
            "1",
            null,
            BOTTLE.upc(),
            "TL-1001",
            BigDecimal.TEN,
            "EA",
            new BigDecimal("12.40"),
            BOTTLE.price(),
            "IA",
            new BigDecimal("6"),
            new BigDecimal("6"),
            new BigDecimal("4"));

    assertThat(AllocationPolicy.ackType(List.of(partial))).isEqualTo("AC");
  }

  private static OrderLine orderLine(String code, String price) {
    return new OrderLine(
        1,
        "1",
        null,
        BOTTLE.upc(),
        "TL-1001",
        BigDecimal.TEN,
        "EA",
        price == null ? null : new BigDecimal(price),
        BOTTLE.price(),
        code,
        BigDecimal.TEN,
        "IR".equals(code) ? BigDecimal.ZERO : BigDecimal.TEN,
        BigDecimal.ZERO);
  }
}
