package io.tradelane.x12;

import io.tradelane.x12.definition.SyntaxRule;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Judges one X12 syntax note (P, R, E, C, L) against which positions hold a value. Called for every
 * rule of every segment read, so it loops plainly and words its message only on a violation.
 */
final class SyntaxChecks {

  /** A broken rule: the position to report, its AK403 code and what was broken. */
  record Violation(int position, ElementErrorCode code, String rule) {}

  private SyntaxChecks() {}

  static Optional<Violation> violation(SyntaxRule rule, IntPredicate present) {
    List<Integer> at = rule.positions();
    int count = 0;
    int firstAbsent = 0;
    int secondPresent = 0;
    for (int i = 0; i < at.size(); i++) {
      int p = at.get(i);
      if (present.test(p)) {
        count++;
        secondPresent = count == 2 ? p : secondPresent;
      } else if (firstAbsent == 0 && (rule.kind() != SyntaxRule.Kind.CONDITIONAL || i > 0)) {
        firstAbsent = p;
      }
    }
    boolean first = present.test(at.get(0));
    return switch (rule.kind()) {
      case PAIRED ->
          count > 0 && count < at.size()
              ? missing(firstAbsent, "is required when any of " + names(at) + " is present")
              : Optional.empty();
      case REQUIRED ->
          count == 0
              ? missing(at.get(0), "is missing: at least one of " + names(at) + " is required")
              : Optional.empty();
      case EXCLUSION ->
          count > 1
              ? Optional.of(
                  new Violation(
                      secondPresent,
                      ElementErrorCode.EXCLUSION_VIOLATED,
                      "is not allowed: only one of " + names(at) + " may be present"))
              : Optional.empty();
      case CONDITIONAL ->
          first && count < at.size()
              ? missing(firstAbsent, "is required when element " + at.get(0) + " is present")
              : Optional.empty();
      case LIST ->
          first && count == 1
              ? missing(
                  at.get(1),
                  "is missing: when element "
                      + at.get(0)
                      + " is present, one of "
                      + names(at.subList(1, at.size()))
                      + " is required")
              : Optional.empty();
    };
  }

  private static Optional<Violation> missing(int position, String rule) {
    return Optional.of(
        new Violation(position, ElementErrorCode.CONDITIONAL_REQUIRED_MISSING, rule));
  }

  private static String names(List<Integer> positions) {
    return positions.stream().map(p -> String.format("%02d", p)).toList().toString();
  }
}
