package io.tradelane.shipping;

import java.util.List;

/** A pallet (the tare level): its SSCC, 18 digits, and the cartons on it, at least one. */
public record Pallet(String sscc, List<Carton> cartons) {

  public Pallet {
    ModelChecks.sscc(sscc, "pallet");
    cartons = ModelChecks.nonEmpty(cartons, "pallet " + sscc);
  }
}
