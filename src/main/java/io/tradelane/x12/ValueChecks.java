package io.tradelane.x12;

import io.tradelane.x12.definition.ElementType;

/**
 * Checks one simple element value against its type: characters, length, code list, calendar date
 * and clock time. Returns the AK403 code of the first fault, or null when the value is good.
 */
final class ValueChecks {

  private ValueChecks() {}

  static ElementErrorCode check(ElementType type, String value) {
    return switch (type.type()) {
      case STRING -> string(type, value);
      case IDENTIFIER -> identifier(type, value);
      case NUMERIC -> number(type, value, false);
      case DECIMAL -> number(type, value, true);
      case DATE -> date(type, value);
      case TIME -> time(value);
      case BINARY -> null;
    };
  }

  private static ElementErrorCode string(ElementType type, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == 0x7F) {
        return ElementErrorCode.INVALID_CHARACTER;
      }
    }
    return length(type, value.length());
  }

  private static ElementErrorCode identifier(ElementType type, String value) {
    ElementErrorCode fault = string(type, value);
    if (fault != null) {
      return fault;
    }
    return type.codes().isEmpty() || type.codes().contains(value)
        ? null
        : ElementErrorCode.INVALID_CODE_VALUE;
  }

  /** N and R: an optional minus sign; R also one decimal point. Signs and points do not count. */
  private static ElementErrorCode number(ElementType type, String value, boolean decimal) {
    int digits = 0;
    boolean point = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '-' && i == 0) {
        continue;
      } else if (c == '.' && decimal && !point) {
        point = true;
      } else {
        return ElementErrorCode.INVALID_CHARACTER;
      }
    }
    return digits == 0 ? ElementErrorCode.INVALID_CHARACTER : length(type, digits);
  }

  private static ElementErrorCode date(ElementType type, String value) {
    if (!digits(value) || (value.length() != 6 && value.length() != 8)) {
      return ElementErrorCode.INVALID_DATE;
    }
    ElementErrorCode length = length(type, value.length());
    if (length != null) {
      return length;
    }
    int offset = value.length() - 4;
    int month = Integer.parseInt(value.substring(offset, offset + 2));
    int day = Integer.parseInt(value.substring(offset + 2));
    int year = Integer.parseInt(value.substring(0, offset));
    boolean leap = value.length() == 8 ? isLeap(year) : year % 4 == 0;
    int[] days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month < 1 || month > 12 || day < 1 || day > days[month - 1]
        ? ElementErrorCode.INVALID_DATE
        : null;
  }

  /** HHMM, HHMMSS, HHMMSSD or HHMMSSDD. */
  private static ElementErrorCode time(String value) {
    if (!digits(value) || value.length() < 4 || value.length() > 8 || value.length() == 5) {
      return ElementErrorCode.INVALID_TIME;
    }
    int hours = Integer.parseInt(value.substring(0, 2));
    int minutes = Integer.parseInt(value.substring(2, 4));
    int seconds = value.length() >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
    return hours > 23 || minutes > 59 || seconds > 59 ? ElementErrorCode.INVALID_TIME : null;
  }

  private static ElementErrorCode length(ElementType type, int length) {
    if (length < type.minLength()) {
      return ElementErrorCode.TOO_SHORT;
    }
    return length > type.maxLength() ? ElementErrorCode.TOO_LONG : null;
  }

  private static boolean digits(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }
}
