package io.tradelane.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Dates the console's queries take ({@code from}, {@code to}): ISO dates, e.g. 2026-11-22. */
final class ConsoleDates {

  private ConsoleDates() {}

  /**
   * The date a query parameter gives, or null when it is absent or blank; a value that is no date
   * adds an error naming the parameter and gives null.
   */
  static LocalDate parse(String value, String name, List<String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(name + ": '" + value + "' is not a date (2026-11-22)");
      return null;
    }
  }
}
