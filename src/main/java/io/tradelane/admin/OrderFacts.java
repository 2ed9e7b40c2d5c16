package io.tradelane.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the scorecard needs to know of one order (one 850 received).
 *
 * @param requestedShipDate null when the PO named none
 * @param ackDeliveredAt when its 855 reached the partner; null: not (yet)
 * @param shippedOn the ship date of its last shipment so far, as the warehouse confirmed it; null:
 *     nothing shipped
 * @param ordered units still wanted: ordered less what the partner cancelled (860)
 * @param filled units shipped, per line no more than it wanted
 * @param shortLines lines that shipped less than wanted
 * @param documentInError whether the partner acknowledged one of the order's documents (855, 856,
 *     810, 865) as rejected or accepted with errors
 */
record OrderFacts(
    long id,
    String partnerId,
    Instant receivedAt,
    LocalDate requestedShipDate,
    Instant ackDeliveredAt,
    LocalDate shippedOn,
    BigDecimal ordered,
    BigDecimal filled,
    int shortLines,
    boolean documentInError) {

  boolean shipped() {
    return shippedOn != null;
  }

  boolean inFull() {
    return shortLines == 0;
  }

  /**
   * Whether its last shipment left on or before the requested ship date; an order that named no
   * date is on time.
   */
  boolean onTime() {
    return requestedShipDate == null || !shippedOn.isAfter(requestedShipDate);
  }

  /** Shipped on time, in full, and none of its documents acknowledged in error. */
  boolean perfect() {
    return shipped() && onTime() && inFull() && !documentInError;
  }

  /** Whether its lines count for the fill rate: it shipped, or its requested ship date is past. */
  boolean due(LocalDate today) {
    return shipped() || (requestedShipDate != null && requestedShipDate.isBefore(today));
  }
}
