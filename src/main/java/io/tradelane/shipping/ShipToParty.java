package io.tradelane.shipping;

import java.util.Objects;

/**
 * Where an order goes, as N1*ST: the name and the location's ID with its qualifier (N103, such as
 * 92 for the buyer's store number or UL for a GLN). The name or the ID may be empty, not both.
 */
public record ShipToParty(String name, String idQualifier, String id) {

  public ShipToParty {
    name = Objects.requireNonNullElse(name, "");
    idQualifier = Objects.requireNonNullElse(idQualifier, "");
    id = Objects.requireNonNullElse(id, "");
    if (name.isEmpty() && id.isEmpty()) {
      throw new IllegalArgumentException("ship-to has neither name nor ID");
    }
    if (idQualifier.isEmpty() != id.isEmpty()) {
      throw new IllegalArgumentException("ship-to ID and its qualifier go together");
    }
  }

  /**
   * The ship-to a PO named (its N1*ST name and ID, either may be missing), or, when it named
   * neither, the partner by name. An ID without its qualifier is left out.
   */
  public static ShipToParty ofPo(String name, String idQualifier, String id, String partnerName) {
    boolean hasId = id != null && !id.isBlank() && idQualifier != null && !idQualifier.isBlank();
    if ((name == null || name.isBlank()) && !hasId) {
      return new ShipToParty(partnerName, null, null);
    }
    return new ShipToParty(name, hasId ? idQualifier : null, hasId ? id : null);
  }
}
