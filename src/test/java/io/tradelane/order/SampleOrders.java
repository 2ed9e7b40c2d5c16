package io.tradelane.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Orders the mapping tests share, each paired with files under src/test/resources. */
final class SampleOrders {

  private SampleOrders() {}

  /**
   * ACME PO1001, acknowledged with changes: one line accepted, one backordered in part, one
   * rejected (unknown item), one accepted at our price. Its ship-to name needs escaping.
   */
  static Order acmePo1001() {
    ShipTo shipTo =
        new ShipTo(
            "Acme Stores & Sons <DC 4>",
            "92",
            "DC0004",
            "100 Main St",
            "Springfield",
            "IL",
            "62701",
            "US");
    return new Order(
        42,
        "ACME",
        "PO1001",
        LocalDate.of(2026, 11, 2),
        "SA",
        LocalDate.of(2026, 11, 9),
        "USD",
        shipTo,
        "AC",
        Instant.parse("2026-11-02T10:15:30Z"),
        List.of(
            line(1, "1", "AC-100", "012345678905", "WID-100", "24", "EA", "12.50", "12.50", "IA")
                .allocated("24", "0"),
            line(2, "2", "AC-200", "012345678912", "WID-200", "10", "EA", "7.25", "7.25", "IB")
                .allocated("6", "4"),
            line(3, "3", "AC-999", null, null, "5", "CA", "3.10", null, "IR").allocated("0", "0"),
            line(4, "4", "AC-300", "012345678929", "WID-300", "1E+2", "EA", "0.95", "1.05", "IP")
                .allocated("100", "0")));
  }

  private static LineDraft line(
      int no,
      String buyerLineId,
      String buyerItem,
      String upc,
      String sku,
      String quantity,
      String unit,
      String unitPrice,
      String ourPrice,
      String ackCode) {
    return new LineDraft(
        no, buyerLineId, buyerItem, upc, sku, quantity, unit, unitPrice, ourPrice, ackCode);
  }

  private record LineDraft(
      int no,
      String buyerLineId,
      String buyerItem,
      String upc,
      String sku,
      String quantity,
      String unit,
      String unitPrice,
      String ourPrice,
      String ackCode) {

    OrderLine allocated(String allocated, String backordered) {
      BigDecimal qty = new BigDecimal(quantity);
      return new OrderLine(
          no,
          buyerLineId,
          buyerItem,
          upc,
          sku,
          qty,
          unit,
          decimal(unitPrice),
          decimal(ourPrice),
          ackCode,
          qty,
          new BigDecimal(allocated),
          new BigDecimal(backordered));
    }

    private static BigDecimal decimal(String value) {
      return value == null ? null : new BigDecimal(value);
    }
  }
}
