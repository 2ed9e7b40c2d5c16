package io.tradelane.shipping;

/**
 * The serial references of one extension digit and company prefix: {@code 16 - prefix length}
 * digits, from 0 to {@link #max()}.
 */
record SerialRange(int extensionDigit, String companyPrefix) {

  static final int MIN_PREFIX = 6;
  static final int MAX_PREFIX = 12;

  SerialRange {
    if (extensionDigit < 0 || extensionDigit > 9) {
      throw new IllegalArgumentException(
          "SSCC extension digit must be 0 to 9, got " + extensionDigit);
    }
    if (companyPrefix == null
        || companyPrefix.length() < MIN_PREFIX
        || companyPrefix.length() > MAX_PREFIX
        || !Gs1Digits.allDigits(companyPrefix)) {
      throw new IllegalArgumentException(
          "GS1 company prefix must be 6 to 12 digits, got '" + companyPrefix + "'");
    }
  }

  static SerialRange of(int extensionDigit, String companyPrefix) {
    return new SerialRange(extensionDigit, companyPrefix);
  }

  int serialLength() {
    return Sscc.LENGTH - 2 - companyPrefix.length();
  }

  /** The largest serial reference: all nines. */
  long max() {
    long max = 1;
    for (int i = 0; i < serialLength(); i++) {
      max *= 10;
    }
    return max - 1;
  }

  /** How many serial references there are. */
  long size() {
    return max() + 1;
  }

  /** The 17 digits before the check digit. */
  String body(long serialReference) {
    if (serialReference < 0 || serialReference > max()) {
      throw new IllegalArgumentException(
          "serial reference "
              + serialReference
              + " does not fit in "
              + serialLength()
              + " digits (GS1 company prefix "
              + companyPrefix
              + ")");
    }
    String serial = Long.toString(serialReference);
    return extensionDigit + companyPrefix + "0".repeat(serialLength() - serial.length()) + serial;
  }
}
