package io.tradelane.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Shipments the 856 tests build from. */
final class SampleShipments {

  static final String CARTON_1 = "006141411000000019";
  static final String CARTON_2 = "006141411000000026";
  static final String PALLET = "006141411000000033";
  static final ShipToParty DC_12 = new ShipToParty("ACME DC 12", "92", "0012");

  private SampleShipments() {}

  /** PO line 1 (10 ordered) split 6 + 4 over two cartons; line 2 ships 3 of 5 in the second. */
  static Shipment oneOrderTwoCartons() {
    return shipment(ShippedOrder.loose("4500012345", PO_DATE, DC_12, cartons()));
  }

  /** The same cartons, on one pallet. */
  static Shipment oneOrderOnAPallet() {
    Pallet pallet = new Pallet(PALLET, cartons());
    return shipment(new ShippedOrder("4500012345", PO_DATE, DC_12, List.of(pallet), List.of()));
  }

  static List<Carton> cartons() {
    return List.of(
        new Carton(CARTON_1, List.of(line1(6))), new Carton(CARTON_2, List.of(line1(4), line2(3))));
  }

  static PackedItem line1(int quantity) {
    return new PackedItem(
        "1", "A-55001", "614141100071", "SKU-1001", BigDecimal.valueOf(quantity), "EA", TEN);
  }

  static PackedItem line2(int quantity) {
    return new PackedItem(
        "2", "", "614141100149", "SKU-2002", BigDecimal.valueOf(quantity), "EA", FIVE);
  }

  static Shipment shipment(ShippedOrder... orders) {
    return new Shipment(
        "SH-1001",
        LocalDateTime.of(2026, 11, 21, 14, 5),
        "ODFL",
        "SG",
        "BOL-778812",
        "PRO-55120934",
        new BigDecimal("18.50"),
        "LB",
        List.of(orders));
  }

  private static final LocalDate PO_DATE = LocalDate.of(2026, 11, 20);
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
}
