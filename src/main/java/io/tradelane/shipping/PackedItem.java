package io.tradelane.shipping;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One PO line's goods in one carton: the PO line number (LIN01), the buyer's item (IN), UPC (UP)
 * and our item (VN), any of them empty but not all, the quantity packed and its unit, and the
 * quantity the PO line ordered in that unit ({@code null} when not known), sent as SN105.
 */
public record PackedItem(
    String poLine,
    String buyerItem,
    String upc,
    String vendorItem,
    BigDecimal quantity,
    String unit,
    BigDecimal ordered) {

  public PackedItem {
    ModelChecks.require(poLine, "PO line number");
    buyerItem = Objects.requireNonNullElse(buyerItem, "");
    upc = Objects.requireNonNullElse(upc, "");
    vendorItem = Objects.requireNonNullElse(vendorItem, "");
    if (buyerItem.isEmpty() && upc.isEmpty() && vendorItem.isEmpty()) {
      throw new IllegalArgumentException("PO line " + poLine + " has no item number");
    }
    ModelChecks.positive(quantity, "quantity of PO line " + poLine);
    ModelChecks.require(unit, "unit of PO line " + poLine);
    if (ordered != null) {
      ModelChecks.positive(ordered, "ordered quantity of PO line " + poLine);
    }
  }

  /** Without the ordered quantity. */
  public static PackedItem of(
      String poLine,
      String buyerItem,
      String upc,
      String vendorItem,
      BigDecimal quantity,
      String unit) {
    return new PackedItem(poLine, buyerItem, upc, vendorItem, quantity, unit, null);
  }
}
