package io.tradelane.x12;

import io.tradelane.x12.definition.SyntaxRule;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Judges one X12 syntax note (P, R, E, C, L) against which positions hold a value. */
final class SyntaxChecks {

  /** A broken rule: the position to report, its AK403 code and what was broken. */
  record Violation(int position, ElementErrorCode code, String rule) {}

  private SyntaxChecks() {}

  static Optional<Violation> violation(SyntaxRule rule, IntPredicate present) {
    List<Integer> at = rule.positions();
    String names = names(at);
    return switch (rule.kind()) {
      case PAIRED -> {
        boolean any = at.stream().anyMatch(present::test);
        yield any
            ? firstAbsent(at, present, "is required when any of " + names + " is present")
            : Optional.empty();
      }
      case REQUIRED ->
          at.stream().anyMatch(present::test)
              ? Optional.empty()
              : Optional.of(
                  new Violation(
                      at.get(0),
                      ElementErrorCode.CONDITIONAL_REQUIRED_MISSING,
                      "is missing: at least one of " + names + " is required"));
      case EXCLUSION -> {
        List<Integer> used = at.stream().filter(present::test).toList();
        yield used.size() > 1
            ? Optional.of(
                new Violation(
                    used.get(1),
                    ElementErrorCode.EXCLUSION_VIOLATED,
                    "is not allowed: only one of " + names + " may be present"))
            : Optional.empty();
      }
      case CONDITIONAL ->
          present.test(at.get(0))
              ? firstAbsent(
                  at.subList(1, at.size()),
                  present,
                  "is required when element " + at.get(0) + " is present")
              : Optional.empty();
      case LIST ->
          present.test(at.get(0)) && at.stream().skip(1).noneMatch(present::test)
              ? Optional.of(
                  new Violation(
                      at.get(1),
                      ElementErrorCode.CONDITIONAL_REQUIRED_MISSING,
                      "is missing: when element "
                          + at.get(0)
                          + " is present, one of "
                          + names(at.subList(1, at.size()))
                          + " is required"))
              : Optional.empty();
    };
  }

  private static Optional<Violation> firstAbsent(
      List<Integer> at, IntPredicate present, String rule) {
    return at.stream()
        .filter(p -> !present.test(p))
        .findFirst()
        .map(p -> new Violation(p, ElementErrorCode.CONDITIONAL_REQUIRED_MISSING, rule));
  }

  private static String names(List<Integer> positions) {
    return positions.stream().map(p -> String.format("%02d", p)).toList().toString();
  }
}
