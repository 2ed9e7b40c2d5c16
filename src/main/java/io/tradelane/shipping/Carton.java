package io.tradelane.shipping;

import java.util.List;

/** A carton (the pack level): its SSCC, 18 digits, and what it holds, never nothing. */
public record Carton(String sscc, List<PackedItem> contents) {

  public Carton {
    ModelChecks.sscc(sscc, "carton");
    contents = ModelChecks.nonEmpty(contents, "carton " + sscc);
  }
}
