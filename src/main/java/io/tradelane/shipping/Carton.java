package io.tradelane.shipping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A carton (the pack level): its SSCC, 18 digits, and what it holds, never nothing; its gross
 * weight in the shipment's weight unit (TD1 at the pack level) and the carrier's tracking number
 * for it (MAN*CP), when the warehouse gave them.
 */
public record Carton(
    String sscc, List<PackedItem> contents, BigDecimal weight, String trackingNumber) {

  public Carton {
    ModelChecks.sscc(sscc, "carton");
    contents = ModelChecks.nonEmpty(contents, "carton " + sscc);
    if (weight != null) {
      ModelChecks.positive(weight, "weight of carton " + sscc);
    }
    trackingNumber = Objects.requireNonNullElse(trackingNumber, "");
  }

  /** A carton without weight or tracking number. */
  public Carton(String sscc, List<PackedItem> contents) {
    this(sscc, contents, null, "");
  }
}
