package io.tradelane.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.x12.Segment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of 997/999 segments on its own: each path once valid and once broken. */
class FunctionalAckParserTest {

  private final FunctionalAckParser parser = new FunctionalAckParser();

  @Test
  void reads_an_accepting_997_with_its_set() {
    AckReport report = parser.parse("997", segments("AK1*PR*7", "AK2*855*0012", "AK5*A", "AK9*A"));
    assertThat(report.functionalId()).isEqualTo("PR");
    assertThat(report.groupControl()).isEqualTo("7");
    assertThat(report.sets()).containsExactly(new AckReport.SetAck("855", "0012", "A", List.of()));
  }

  @Test
  void refuses_a_set_that_is_not_an_acknowledgement() {
    assertThatThrownBy(() -> parser.parse("855", segments("AK1*PR*7", "AK9*A")))
        .hasMessage("a 855 is not a functional acknowledgement");
  }

  @Test
  void reads_a_group_without_ak2_loops() {
    AckReport report = parser.parse("997", segments("ST*997*0001", "AK1*PR*7", "AK9*R*1*1*0*5"));
    assertThat(report.sets()).isEmpty();
    assertThat(report.groupRejected()).isTrue();
    assertThat(report.groupErrors())
        .containsExactly("number of included transaction sets does not match actual count (5)");
  }

  @Test
  void refuses_an_acknowledgement_without_ak1_or_ak9() {
    assertThatThrownBy(() -> parser.parse("997", segments("AK2*855*0001", "AK5*A", "AK9*A")))
        .hasMessageContaining("AK2 0001 is out of place");
    assertThatThrownBy(() -> parser.parse("997", segments("AK1*PR*7")))
        .hasMessage("a 997 needs an AK9");
  }

  @Test
  void turns_ak3_and_ak4_into_readable_errors() {
    AckReport report =
        parser.parse(
            "997",
            segments(
                "AK1*PR*7",
                "AK2*855*0012",
                "AK3*BAK*2**8",
                "AK4*3>1*324*5*ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "AK4*4*373*8",
                "AK5*R*5",
                "AK9*R*1*1*0"));
    assertThat(report.sets().get(0).errors())
        .containsExactly(
            "BAK (segment 2): segment has data element errors (8)",
            "BAK03 (segment 2): data element too long (5), value 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'",
            "BAK04 (segment 2): invalid date (8)",
            "one or more segments in error (5)");
  }

  @Test
  void refuses_error_segments_outside_an_ak2_loop() {
    assertThatThrownBy(
            () -> parser.parse("997", segments("AK1*PR*7", "AK3*BAK*2**8", "AK9*R*1*1*0")))
        .hasMessage("AK3 outside an AK2 loop");
  }

  @Test
  void refuses_an_ak2_loop_without_its_ak5() {
    assertThatThrownBy(
            () -> parser.parse("997", segments("AK1*PR*7", "AK2*855*0012", "AK9*A*1*1*1")))
        .hasMessage("AK9 must close the acknowledgement, after every AK5");
  }

  @Test
  void reads_a_999_with_ik3_ik4_ik5_and_ignores_ctx() {
    AckReport report =
        parser.parse(
            "999",
            segments(
                "AK1*PR*7*005010",
                "AK2*855*0012",
                "IK3*ACK*5*PO1*8",
                "CTX*TRIGGER",
                "IK4*1*668*I6*IR",
                "IK5*E*I5",
                "AK9*E*1*1*1"));
    assertThat(report.kind()).isEqualTo("999");
    assertThat(report.sets().get(0).code()).isEqualTo("E");
    assertThat(report.sets().get(0).errors())
        .containsExactly(
            "ACK (segment 5): segment has data element errors (8)",
            "ACK01 (segment 5): code value not used in the implementation (I6), value 'IR'",
            "implementation: one or more segments in error (I5)");
  }

  @Test
  void refuses_segments_of_the_other_kind_of_acknowledgement() {
    assertThatThrownBy(
            () -> parser.parse("999", segments("AK1*PR*7", "AK2*855*0012", "AK5*A", "AK9*A*1*1*1")))
        .hasMessage("segment AK5 belongs in a 997");
    assertThatThrownBy(
            () -> parser.parse("997", segments("AK1*PR*7", "AK2*855*0012", "IK5*A", "AK9*A*1*1*1")))
        .hasMessage("segment IK5 belongs in a 999");
  }

  @Test
  void refuses_unknown_and_misplaced_status_codes() {
    assertThatThrownBy(
            () -> parser.parse("997", segments("AK1*PR*7", "AK2*855*1", "AK5*Q", "AK9*A*1*1*1")))
        .hasMessage("unknown acknowledgement code 'Q'");
    assertThatThrownBy(
            () -> parser.parse("997", segments("AK1*PR*7", "AK2*855*1", "AK5*P", "AK9*P*1*1*1")))
        .hasMessage("AK501 P is for a group (AK901), not a set");
  }

  @Test
  void refuses_a_group_accepted_with_a_rejected_set() {
    assertThatThrownBy(
            () -> parser.parse("997", segments("AK1*PR*7", "AK2*855*0012", "AK5*R*5", "AK9*A")))
        .hasMessage("AK901 A accepts the group but set 0012 is rejected");
  }

  @Test
  void refuses_an_unexpected_segment() {
    assertThatThrownBy(() -> parser.parse("997", segments("AK1*PR*7", "BEG*00", "AK9*A")))
        .hasMessage("unexpected segment BEG in a 997");
  }

  /** Segments written as text with '*' between elements. */
  static List<Segment> segments(String... lines) {
    return Arrays.stream(lines)
        .map(l -> l.split("\\*", -1))
        .map(p -> new Segment(p[0], Arrays.asList(p).subList(1, p.length)))
        .toList();
  }
}
