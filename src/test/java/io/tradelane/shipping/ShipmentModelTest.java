package io.tradelane.shipping;

import static io.tradelane.shipping.SampleShipments.CARTON_1;
import static io.tradelane.shipping.SampleShipments.DC_12;
import static io.tradelane.shipping.SampleShipments.line1;
import static io.tradelane.shipping.SampleShipments.line2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentModelTest {

  private static final LocalDate PO_DATE = LocalDate.of(2026, 11, 20);

  @Test
  void rejects_an_empty_carton() {
    assertThatThrownBy(() -> new Carton(CARTON_1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("carton 006141411000000019 is empty");
  }

  @Test
  void rejects_an_sscc_that_is_not_18_digits() {
    assertThatThrownBy(() -> new Carton("00614141100000001", List.of(line1(1))))
        .hasMessage("carton SSCC must be 18 digits, got 17: '00614141100000001'");
  }

  @Test
  void rejects_an_sscc_with_a_wrong_check_digit() {
    assertThatThrownBy(() -> new Carton("006141411000000018", List.of(line1(1))))
        .hasMessage("carton SSCC 006141411000000018 has check digit 8, expected 9");
  }

  @Test
  void rejects_a_quantity_that_is_not_positive() {
    assertThatThrownBy(() -> PackedItem.of("3", "A-1", "", "", BigDecimal.ZERO, "EA"))
        .hasMessage("quantity of PO line 3 must be positive, was 0");
  }

  @Test
  void rejects_an_item_without_any_item_number() {
    assertThatThrownBy(() -> PackedItem.of("3", "", null, "", BigDecimal.ONE, "EA"))
        .hasMessage("PO line 3 has no item number");
  }

  @Test
  void rejects_an_order_without_cartons() {
    assertThatThrownBy(() -> ShippedOrder.loose("4500012345", PO_DATE, DC_12, List.of()))
        .hasMessage("PO 4500012345 ships no carton");
  }

  @Test
  void rejects_a_line_shipped_beyond_its_ordered_quantity() {
    List<Carton> cartons =
        List.of(
            new Carton(CARTON_1, List.of(line2(3))),
            new Carton(SampleShipments.CARTON_2, List.of(line2(3))));

    assertThatThrownBy(() -> ShippedOrder.loose("4500012345", PO_DATE, DC_12, cartons))
        .hasMessage("PO 4500012345 line 2 ships 6 EA, more than the 5 ordered");
  }

  @Test
  void rejects_the_same_sscc_twice_in_a_shipment() {
    ShippedOrder order = SampleShipments.oneOrderTwoCartons().orders().get(0);

    assertThatThrownBy(() -> SampleShipments.shipment(order, order))
        .hasMessage("SSCC 006141411000000019 appears twice in shipment SH-1001");
  }

  @Test
  void counts_the_cartons_on_pallets_and_loose() {
    assertThat(SampleShipments.oneOrderOnAPallet().cartonCount()).isEqualTo(2);
    assertThat(SampleShipments.oneOrderTwoCartons().cartonCount()).isEqualTo(2);
  }
}
