package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.definition.SyntaxRule;
import io.tradelane.x12.definition.SyntaxRule.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The X12 syntax notes on positions 1, 2 and 3, each with inputs that keep and break it. {@code
 * present} lists the positions that hold a value; the expected result is the reported position and
 * code, or OK.
 */
class SyntaxChecksTest {

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PAIRED      | ''    | OK",
        "PAIRED      | 1 2 3 | OK",
        "PAIRED      | 1 3   | 2 CONDITIONAL_REQUIRED_MISSING",
        "REQUIRED    | 3     | OK",
        "REQUIRED    | ''    | 1 CONDITIONAL_REQUIRED_MISSING",
        "EXCLUSION   | 2     | OK",
        "EXCLUSION   | 1 3   | 3 EXCLUSION_VIOLATED",
        "CONDITIONAL | 2 3   | OK",
        "CONDITIONAL | 1 2 3 | OK",
        "CONDITIONAL | 1 3   | 2 CONDITIONAL_REQUIRED_MISSING",
        "LIST        | 1 3   | OK",
        "LIST        | 2     | OK",
        "LIST        | 1     | 2 CONDITIONAL_REQUIRED_MISSING",
      })
  void judges_a_syntax_note(Kind kind, String present, String expected) {
    List<Integer> filled =
        present.isBlank()
            ? List.of()
            : Arrays.stream(present.trim().split(" +")).map(Integer::valueOf).toList();

    Optional<SyntaxChecks.Violation> violation =
        SyntaxChecks.violation(new SyntaxRule(kind, List.of(1, 2, 3)), filled::contains);

    assertThat(violation.map(v -> v.position() + " " + v.code()).orElse("OK")).isEqualTo(expected);
  }
}
