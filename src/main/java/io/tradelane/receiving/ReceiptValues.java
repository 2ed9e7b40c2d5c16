package io.tradelane.receiving;

import java.math.BigDecimal;
import java.util.List;

/** Reads receipt values from text; each problem goes into the list, named by where it is. */
final class ReceiptValues {

  private ReceiptValues() {}

  static String text(String value, String where, int max, List<String> errors) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      errors.add(where + ": missing");
      return null;
    }
    if (v.length() > max) {
      errors.add(where + ": '" + v + "' is longer than " + max + " characters");
      return null;
    }
    return v;
  }

  static BigDecimal positive(String value, String where, List<String> errors) {
    String v = text(value, where, 20, errors);
    if (v == null) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(v);
      if (number.signum() > 0) {
        return number;
      }
      errors.add(where + ": " + v + " is not a positive number");
    } catch (NumberFormatException e) {
      errors.add(where + ": '" + v + "' is not a number");
    }
    return null;
  }
}
