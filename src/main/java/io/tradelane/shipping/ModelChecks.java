package io.tradelane.shipping;

import java.math.BigDecimal;
import java.util.List;

/** The cheap checks the shipment records make when they are built. */
final class ModelChecks {

  private ModelChecks() {}

  static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
  }

  static void positive(BigDecimal value, String what) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be positive, was " + value);
    }
  }

  /**
   * An SSCC is written here as its 18 digits, without the (00) application identifier, and must be
   * a valid one: check digit included.
   */
  static void sscc(String value, String what) {
    try {
      new Sscc(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " " + e.getMessage(), e);
    }
  }

  static <T> List<T> nonEmpty(List<T> values, String what) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return List.copyOf(values);
  }
}
