package io.tradelane.x12;

import static io.tradelane.x12.TestDefinitions.code;
import static io.tradelane.x12.TestDefinitions.composite;
import static io.tradelane.x12.TestDefinitions.element;
import static io.tradelane.x12.TestDefinitions.repeating;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.definition.DataType;
import io.tradelane.x12.definition.SegmentType;
import io.tradelane.x12.definition.SyntaxRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The element rules of a segment, on a test segment {@code XX}: 01 AN 1-5 mandatory, 02 ID (EA,
 * CA), 03 composite C1 (mandatory N 1-3, optional AN 1-2, P between them), 04 R 1-4 repeating up to
 * two times, then two unchecked elements; P between 02 and 04.
 */
class ElementChecksTest {

  private static final SegmentType XX =
      new SegmentType(
          "XX",
          List.of(
              element("1", DataType.STRING, 1, 5, true),
              code("2", false, "EA", "CA"),
              composite(
                  "C1",
                  false,
                  List.of(new SyntaxRule(SyntaxRule.Kind.PAIRED, List.of(2, 3))),
                  element("3", DataType.NUMERIC, 1, 3, true),
                  element("4", DataType.STRING, 1, 2, false),
                  element("5", DataType.STRING, 1, 2, false)),
              repeating(element("6", DataType.DECIMAL, 1, 4, false), 2)),
          2,
          List.of(new SyntaxRule(SyntaxRule.Kind.PAIRED, List.of(2, 4))));

  private final ElementChecks checks = new ElementChecks(new Delimiters('*', '~', '>', '^'));

  @Test
  void accepts_a_segment_that_keeps_every_rule() {
    assertThat(errors("XX*ABC*EA*12>AB>CD*1.5^2*loose*loose")).isEmpty();
  }

  @Test
  void reports_a_mandatory_element_left_empty() {
    assertThat(errors("XX**EA**1")).containsExactly("01 0 0 1 MANDATORY_MISSING");
  }

  @Test
  void reports_a_mandatory_element_cut_off_by_a_short_segment() {
    assertThat(errors("XX")).containsExactly("01 0 0 1 MANDATORY_MISSING");
  }

  @Test
  void reports_elements_beyond_the_segment() {
    assertThat(errors("XX*A*EA**1*x*y*z")).containsExactly("07 0 0  TOO_MANY_ELEMENTS");
  }

  @Test
  void reports_too_many_repetitions() {
    assertThat(errors("XX*A*EA**1^2^3")).containsExactly("04 0 0 6 TOO_MANY_REPETITIONS");
  }

  @Test
  void reports_a_bad_value_in_a_repetition_with_its_occurrence() {
    assertThat(errors("XX*A*EA**1^X")).containsExactly("04 0 2 6 INVALID_CHARACTER");
  }

  @Test
  void reports_components_in_a_simple_element() {
    assertThat(errors("XX*A>B")).containsExactly("01 0 0 1 TOO_MANY_COMPONENTS");
  }

  @Test
  void reports_too_many_components_in_a_composite() {
    assertThat(errors("XX*A**1>A>B>C")).containsExactly("03 0 0 C1 TOO_MANY_COMPONENTS");
  }

  @Test
  void reports_a_bad_component_with_its_position() {
    assertThat(errors("XX*A**12345")).containsExactly("03 1 0 3 TOO_LONG");
  }

  @Test
  void reports_a_missing_mandatory_component_of_a_present_composite() {
    assertThat(errors("XX*A**>AB>CD")).containsExactly("03 1 0 3 MANDATORY_MISSING");
  }

  @Test
  void reports_a_broken_syntax_note_between_components() {
    assertThat(errors("XX*A**1>AB")).containsExactly("03 3 0 5 CONDITIONAL_REQUIRED_MISSING");
  }

  @Test
  void reports_a_broken_syntax_note_between_elements() {
    assertThat(errors("XX*A*EA")).containsExactly("04 0 0 6 CONDITIONAL_REQUIRED_MISSING");
  }

  @Test
  void reports_a_code_not_in_the_list_with_the_bad_data() {
    List<PendingError> found = checks.check(XX, segment("XX*A*ZZ**1"), 7, "");

    assertThat(found)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.elementCode()).isEqualTo(ElementErrorCode.INVALID_CODE_VALUE);
              assertThat(e.text()).isEqualTo("ZZ");
              assertThat(e.segmentPosition()).isEqualTo(7);
              assertThat(e.describe()).startsWith("XX02 is not a code");
            });
  }

  private List<String> errors(String text) {
    return checks.check(XX, segment(text), 1, "").stream()
        .map(
            e ->
                String.format("%02d", e.element())
                    + " "
                    + e.component()
                    + " "
                    + e.occurrence()
                    + " "
                    + e.reference()
                    + " "
                    + e.elementCode())
        .toList();
  }

  private static Segment segment(String text) {
    String[] parts = text.split("\\*", -1);
    return new Segment(parts[0], List.of(parts).subList(1, parts.length));
  }
}
