package io.tradelane.x12.definition;

/** The X12 simple data element types, as the definitions name them ({@code base="..."}). */
public enum DataType {
  /** ID: a code from a list. */
  IDENTIFIER,
  /** AN: any characters of the character set. */
  STRING,
  /** Nn: digits with an implied decimal point n places from the right. */
  NUMERIC,
  /** R: digits with an optional explicit decimal point. */
  DECIMAL,
  /** DT: CCYYMMDD or YYMMDD. */
  DATE,
  /** TM: HHMM, HHMMSS or HHMMSSd..d. */
  TIME,
  /** B: binary data, not checked. */
  BINARY;

  static DataType of(String base) {
    return switch (base) {
      case "identifier" -> IDENTIFIER;
      case "string" -> STRING;
      case "numeric" -> NUMERIC;
      case "decimal" -> DECIMAL;
      case "date" -> DATE;
      case "time" -> TIME;
      case "binary" -> BINARY;
      default -> throw new IllegalArgumentException("unknown element base '" + base + "'");
    };
  }
}
