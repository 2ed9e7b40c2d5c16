package io.tradelane.backoffice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the values of what the warehouse sends (shipment confirmations, stock receipts) from text,
 * JSON or CSV alike: each reader names where the value is ("row 4, field quantity",
 * "orders[0].cartons[1].lines[0].quantity") and every problem goes into the error list with that
 * name, so that one answer lists them all.
 */
public final class Fields {

  private static final Pattern SCAC = Pattern.compile("[A-Z]{2,4}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2}");
  private static final int MAX_REF = 30;

  private final List<String> errors;

  public Fields(List<String> errors) {
    this.errors = errors;
  }

  /** A required value of at most {@code max} characters; null when missing. */
  public String text(String value, String where, int max) {
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

  /** An optional reference (bill of lading, PRO, carton, pallet): empty when not given. */
  public String reference(String value, String where) {
    String v = value == null ? "" : value.strip();
    if (v.length() > MAX_REF) {
      errors.add(where + ": '" + v + "' is longer than " + MAX_REF + " characters");
      return "";
    }
    return v;
  }

  public String scac(String value, String where) {
    String v = text(value, where, 4);
    if (v != null && !SCAC.matcher(v).matches()) {
      errors.add(where + ": '" + v + "' is not a SCAC (2 to 4 capital letters)");
      return null;
    }
    return v;
  }

  /** An optional two-character code (TD512 service level); empty when not given. */
  public String code(String value, String where) {
    String v = value == null ? "" : value.strip();
    if (!v.isEmpty() && !CODE.matcher(v).matches()) {
      errors.add(where + ": '" + v + "' is not a two-character code");
      return "";
    }
    return v;
  }

  /** A date ({@code 2026-11-21}, taken as midnight) or date and time ({@code 2026-11-21T14:30}). */
  public LocalDateTime dateTime(String value, String where) {
    String v = text(value, where, 25);
    if (v == null) {
      return null;
    }
    try {
      return v.contains("T") ? LocalDateTime.parse(v) : LocalDate.parse(v).atStartOfDay();
    } catch (DateTimeParseException e) {
      errors.add(
          where + ": '" + v + "' is not a date (2026-11-21) or date and time (2026-11-21T14:30)");
      return null;
    }
  }

  public BigDecimal positive(String value, String where) {
    String v = text(value, where, 20);
    if (v == null) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(v);
      if (number.signum() <= 0) {
        errors.add(where + ": " + v + " is not a positive number");
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(where + ": '" + v + "' is not a number");
      return null;
    }
  }

  /** An order line number: a whole number from 1. */
  public Integer lineNumber(String value, String where) {
    String v = text(value, where, 6);
    if (v == null) {
      return null;
    }
    try {
      int line = Integer.parseInt(v);
      if (line < 1) {
        errors.add(where + ": " + v + " is not a line number (1 or more)");
        return null;
      }
      return line;
    } catch (NumberFormatException e) {
      errors.add(where + ": '" + v + "' is not a line number");
      return null;
    }
  }

  /** TD108: LB or KG. */
  public String weightUnit(String value, String where) {
    String v = text(value, where, 10);
    if (v != null && !v.equals("LB") && !v.equals("KG")) {
      errors.add(where + ": '" + v + "' is not a weight unit (LB or KG)");
      return null;
    }
    return v;
  }
}
