package io.tradelane.order;

import java.math.BigDecimal;

/**
 * How one PO line is answered.
 *
 * @param ackCode the ACK01 status of the line's first ACK: IA, IP, IQ, IB or IR
 * @param ackQuantity the quantity that status covers
 * @param allocated what is reserved from stock
 * @param backordered what is left on backorder (answered with a further IB when part is allocated)
 */
public record LineOutcome(
    String ackCode, BigDecimal ackQuantity, BigDecimal allocated, BigDecimal backordered) {}
