package io.tradelane.shipping;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A shipment as the warehouse confirms it, before it is checked against the orders: its header and
 * what each carton holds, one {@link Packed} per order line in a carton. Every value already has
 * its type; whether the orders, lines and quantities exist is for {@link ShipmentConfirmations}.
 *
 * @param shipmentId the warehouse's shipment ID (BSN02), unique
 * @param origin where the header was read, for messages ("row 2", "body")
 */
public record ShipmentConfirmation(
    String shipmentId,
    LocalDateTime shippedAt,
    String carrierScac,
    String serviceLevel,
    String billOfLading,
    String proNumber,
    BigDecimal weight,
    String weightUnit,
    List<Packed> packed,
    String origin) {

  public ShipmentConfirmation {
    packed = List.copyOf(packed);
  }

  /**
   * A quantity of one order line in one carton, optionally on a pallet.
   *
   * @param partner the partner the order came from
   * @param line our line number of the order (as the back-office order gave it)
   * @param carton the warehouse's carton reference, unique within the shipment's order
   * @param pallet the warehouse's pallet reference, or empty when the carton is loose
   * @param cartonWeight the carton's gross weight in the shipment's unit, or null
   * @param tracking the carrier's tracking number of the carton, or empty
   * @param origin where it was read, for messages ("row 5", "orders[0].cartons[1].lines[0]")
   */
  public record Packed(
      String partner,
      String poNumber,
      int line,
      String carton,
      String pallet,
      BigDecimal quantity,
      BigDecimal cartonWeight,
      String tracking,
      String origin) {}
}
