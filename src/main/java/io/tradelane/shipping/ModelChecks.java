package io.tradelane.shipping;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The cheap checks the shipment records make when they are built. */
final class ModelChecks {

  private static final Pattern SSCC = Pattern.compile("\\d{18}");

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

  /** An SSCC is written here as its 18 digits, without the (00) application identifier. */
  static void sscc(String value, String what) {
    if (value == null || !SSCC.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " SSCC must be 18 digits, was " + value);
    }
  }

  static <T> List<T> nonEmpty(List<T> values, String what) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return List.copyOf(values);
  }
}
