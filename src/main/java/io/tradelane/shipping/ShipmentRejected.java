package io.tradelane.shipping;

import java.util.List;

/**
 * A shipment confirmation that was refused as a whole, nothing of it applied, with every reason
 * found, each naming where (row and field, or JSON path) and what is wrong.
 */
public final class ShipmentRejected extends RuntimeException {

  private final List<String> errors;

  public ShipmentRejected(List<String> errors) {
    super(String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
