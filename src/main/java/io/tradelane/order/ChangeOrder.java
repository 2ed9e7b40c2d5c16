package io.tradelane.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an 860 asks: the PO it changes (BCH03, dated BCH06), whether it cancels the whole order
 * (BCH01 01) or changes lines (04 and others), the partner's change sequence (BCH05), and the line
 * changes (POC), in order.
 */
public record ChangeOrder(
    String poNumber,
    LocalDate poDate,
    String purpose,
    String changeSequence,
    List<LineChange> lines) {

  public ChangeOrder {
    lines = List.copyOf(lines);
  }

  /** Whether the 860 cancels the whole order. */
  public boolean cancelsOrder() {
    return "01".equals(purpose);
  }

  /**
   * One POC: the buyer's line ID (POC01), the change (POC02: AI add, DI delete, QI/QD quantity up
   * or down, CA change), the new ordered quantity (POC03) and unit (POC05), the unit price (POC06),
   * and the buyer's item and UPC.
   */
  public record LineChange(
      String lineId,
      String change,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      String buyerItem,
      String upc) {}
}
