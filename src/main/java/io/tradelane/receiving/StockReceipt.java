package io.tradelane.receiving;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods the warehouse received, before they are checked against the catalog: the warehouse's
 * receipt ID and a quantity per SKU. {@code origin} says where each value was read, for messages.
 */
public record StockReceipt(String receiptId, List<Line> lines, String origin) {

  public StockReceipt {
    lines = List.copyOf(lines);
  }

  /** A quantity of one SKU. */
  public record Line(String sku, BigDecimal quantity, String origin) {}
}
