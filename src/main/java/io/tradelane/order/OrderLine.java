package io.tradelane.order;

import java.math.BigDecimal;

/**
 * One line of a stored order after allocation.
 *
 * @param lineNo our line number, 1-based, in the order of the PO1 segments
 * @param buyerLineId PO101 as the buyer sent it (may be null)
 * @param buyerItem the buyer's item number (qualifier IN), may be null
 * @param upc the UPC (qualifier UP), may be null
 * @param sku our item, null when the line matched no item
 * @param quantity ordered quantity (PO102)
 * @param unit unit of measure (PO103)
 * @param unitPrice the buyer's unit price (PO104), may be null
 * @param ourPrice our list price for the item, null when unknown
 * @param ackCode the ACK01 line status: IA, IB, IQ, IR or IP
 * @param ackQuantity quantity acknowledged with that status
 * @param allocated quantity reserved from stock for this line
 * @param backordered quantity left on backorder
 */
public record OrderLine(
    int lineNo,
    String buyerLineId,
    String buyerItem,
    String upc,
    String sku,
    BigDecimal quantity,
    String unit,
    BigDecimal unitPrice,
    BigDecimal ourPrice,
    String ackCode,
    BigDecimal ackQuantity,
    BigDecimal allocated,
    BigDecimal backordered) {}
