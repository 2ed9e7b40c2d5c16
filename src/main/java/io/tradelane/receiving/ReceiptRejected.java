package io.tradelane.receiving;

import java.util.List;

/** A stock receipt refused as a whole, nothing of it applied, with every reason found. */
public final class ReceiptRejected extends RuntimeException {

  private final List<String> errors;

  public ReceiptRejected(List<String> errors) {
    super(String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
