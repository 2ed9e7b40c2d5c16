package io.tradelane.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as stored after intake and allocation: one per partner and PO number.
 *
 * @param ackType BAK02 of the 855 it got: AD (accepted as ordered), AC (accepted with changes) or
 *     RJ (rejected)
 */
public record Order(
    long id,
    String partnerId,
    String poNumber,
    LocalDate poDate,
    String orderType,
    LocalDate requestedShipDate,
    String currency,
    ShipTo shipTo,
    String ackType,
    Instant receivedAt,
    List<OrderLine> lines) {

  public Order {
    lines = List.copyOf(lines);
  }

  /** This order under the id the database gave it. */
  public Order withId(long newId) {
    return new Order(
        newId,
        partnerId,
        poNumber,
        poDate,
        orderType,
        requestedShipDate,
        currency,
        shipTo,
        ackType,
        receivedAt,
        lines);
  }
}
