package io.tradelane.shipping;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A confirmed shipment, as the 856 tells it: our shipment ID (BSN02), when it left (BSN03/04 and
 * DTM*011), the carrier's SCAC and service level code (TD503, TD512; the level may be empty), the
 * bill of lading and PRO or tracking number (REF*BM, REF*CN; either may be empty), the gross weight
 * and its unit (TD107, TD108) and the orders it ships, at least one. Every SSCC in it is different.
 */
public record Shipment(
    String id,
    LocalDateTime shippedAt,
    String carrierScac,
    String serviceLevel,
    String billOfLading,
    String proNumber,
    BigDecimal weight,
    String weightUnit,
    List<ShippedOrder> orders) {

  public Shipment {
    ModelChecks.require(id, "shipment ID");
    Objects.requireNonNull(shippedAt, "ship date of shipment " + id);
    ModelChecks.require(carrierScac, "carrier SCAC of shipment " + id);
    serviceLevel = Objects.requireNonNullElse(serviceLevel, "");
    billOfLading = Objects.requireNonNullElse(billOfLading, "");
    proNumber = Objects.requireNonNullElse(proNumber, "");
    ModelChecks.positive(weight, "weight of shipment " + id);
    ModelChecks.require(weightUnit, "weight unit of shipment " + id);
    orders = ModelChecks.nonEmpty(orders, "shipment " + id);
    checkUniqueSsccs(id, orders);
  }

  /** How many cartons the shipment holds, over all its orders (TD102). */
  public int cartonCount() {
    return orders.stream().mapToInt(o -> o.cartons().size()).sum();
  }

  private static void checkUniqueSsccs(String id, List<ShippedOrder> orders) {
    Set<String> seen = new HashSet<>();
    for (ShippedOrder order : orders) {
      order.pallets().forEach(p -> unique(seen, p.sscc(), id));
      order.cartons().forEach(c -> unique(seen, c.sscc(), id));
    }
  }

  private static void unique(Set<String> seen, String sscc, String id) {
    if (!seen.add(sscc)) {
      throw new IllegalArgumentException("SSCC " + sscc + " appears twice in shipment " + id);
    }
  }
}
