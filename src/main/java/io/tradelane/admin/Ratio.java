package io.tradelane.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A share the scorecard reports: so many of so many, and the rate between 0 and 1 rounded to four
 * decimals; no rate (null) when there is nothing to measure, rather than 0 or 100 %.
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

  static Ratio of(long numerator, long denominator) {
    return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** Whether there is anything to measure. */
  boolean measured() {
    return denominator.signum() != 0;
  }

  /** The rate, 4 decimals (half up); null when nothing is measured. */
  BigDecimal rate() {
    return measured() ? plain(numerator.divide(denominator, 4, RoundingMode.HALF_UP)) : null;
  }

  /** The product of two shares, kept as a fraction so that its rate is rounded once. */
  Ratio times(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** As the console answers it: numerator, denominator, rate. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("numerator", plain(numerator));
    json.put("denominator", plain(denominator));
    json.put("rate", rate());
    return json;
  }

  /** 90.000 as 90 and 0.5000 as 0.5, never in exponent form. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
