package io.tradelane.backoffice;

import java.util.List;

/**
 * Something the warehouse sent (a shipment confirmation, a stock receipt) refused as a whole,
 * nothing of it applied, with every reason found, each naming where (row and field, or JSON path)
 * and what is wrong.
 */
public final class InputRejected extends RuntimeException {

  private final List<String> errors;

  public InputRejected(List<String> errors) {
    super(String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
