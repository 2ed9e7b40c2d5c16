package io.tradelane.shipping;

/**
 * A Serial Shipping Container Code (SSCC-18), the GS1 number on a carton or pallet label and in the
 * 856's MAN segment: extension digit, GS1 company prefix, serial reference and the GS1 mod-10 check
 * digit, 18 digits in all. An instance always holds a valid number.
 *
 * @param digits the 18 digits, without the application identifier (00)
 */
public record Sscc(String digits) {

  static final int LENGTH = 18;

  /** Validates the 18 digits: length, digits only, check digit. */
  public Sscc {
    if (digits == null || digits.length() != LENGTH) {
      throw new IllegalArgumentException(
          "SSCC must be 18 digits, got "
              + (digits == null ? "none" : digits.length() + ": '" + digits + "'"));
    }
    if (!Gs1Digits.allDigits(digits)) {
      throw new IllegalArgumentException("SSCC must be digits only, got '" + digits + "'");
    }
    int expected = Gs1Digits.checkDigit(digits.substring(0, LENGTH - 1));
    int given = digits.charAt(LENGTH - 1) - '0';
    if (given != expected) {
      throw new IllegalArgumentException(
          "SSCC " + digits + " has check digit " + given + ", expected " + expected);
    }
  }

  /** Reads an SSCC as printed or scanned: 18 digits, with or without a leading {@code (00)}. */
  public static Sscc parse(String text) {
    String digits = text == null ? null : text.strip();
    if (digits != null && digits.startsWith("(00)")) {
      digits = digits.substring(4);
    }
    return new Sscc(digits);
  }

  /**
   * Builds the SSCC of a serial reference: the serial is zero-padded to {@code 16 - prefix length}
   * digits and the check digit is computed.
   *
   * @param extensionDigit 0 to 9, chosen by the prefix owner to widen its serial range
   * @param companyPrefix our GS1 company prefix, 6 to 12 digits
   * @param serialReference 0 to the largest serial the prefix leaves room for
   */
  public static Sscc of(int extensionDigit, String companyPrefix, long serialReference) {
    SerialRange range = SerialRange.of(extensionDigit, companyPrefix);
    String body = range.body(serialReference);
    return new Sscc(body + Gs1Digits.checkDigit(body));
  }

  /** The last digit. */
  public int checkDigit() {
    return digits.charAt(LENGTH - 1) - '0';
  }

  /** The first digit. */
  public int extensionDigit() {
    return digits.charAt(0) - '0';
  }

  /** The GS1 element string, {@code (00)} and the 18 digits, as printed under a GS1-128 barcode. */
  public String elementString() {
    return "(00)" + digits;
  }

  @Override
  public String toString() {
    return digits;
  }
}
