package io.tradelane.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order as the partner's 850 states it, before we match and allocate anything.
 *
 * @param purpose BEG01 (00 original, ...)
 * @param orderType BEG02 (SA stand-alone, ...)
 * @param requestedShipDate from DTM 010 (requested ship), else 037 (ship not before), else 002
 *     (delivery requested); null when the PO names none
 */
public record PurchaseOrder(
    String poNumber,
    LocalDate poDate,
    String purpose,
    String orderType,
    String currency,
    LocalDate requestedShipDate,
    ShipTo shipTo,
    List<Line> lines) {

  public PurchaseOrder {
    lines = List.copyOf(lines);
  }

  /** A PO1 line. */
  public record Line(
      String buyerLineId,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      String buyerItem,
      String upc) {}
}
