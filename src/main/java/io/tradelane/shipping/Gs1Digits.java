package io.tradelane.shipping;

/** The GS1 mod-10 check digit, shared by SSCC, GTIN and GLN. */
final class Gs1Digits {

  private Gs1Digits() {}

  static boolean allDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * The check digit of these digits (all of the key but its last): weights 3 and 1 alternate from
   * the rightmost digit, which weighs 3; the check digit brings the sum up to a multiple of ten.
   */
  static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int weight = (digits.length() - i) % 2 == 1 ? 3 : 1;
      sum += (digits.charAt(i) - '0') * weight;
    }
    return (10 - sum % 10) % 10;
  }
}
