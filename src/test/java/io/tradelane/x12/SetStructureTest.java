package io.tradelane.x12;

import static io.tradelane.x12.TestDefinitions.loop;
import static io.tradelane.x12.TestDefinitions.place;
import static io.tradelane.x12.TestDefinitions.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.definition.TransactionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The segment table rules on a test set: AA (mandatory), BB (up to 2), loop L (mandatory, up to 2
 * times: L1, MM mandatory, loop N (up to 1 time: N1)), ZZ (mandatory). Segments are placed at
 * positions 2, 3, ... (ST is 1); SE comes after the last.
 */
class SetStructureTest {

  private static final TransactionDefinition SET =
      transaction(
          Set.of("AA", "BB", "L1", "MM", "N1", "ZZ"),
          place("AA", 1, 1),
          place("BB", 0, 2),
          loop("L", 1, 2, place("L1", 0, 1), place("MM", 1, 1), loop("N", 0, 1, place("N1", 0, 1))),
          place("ZZ", 1, 1));

  @Test
  void accepts_segments_in_their_order_with_loops_and_repeats() {
    assertThat(walk("AA BB BB L1 MM N1 L1 MM ZZ")).isEmpty();
  }

  @Test
  void reports_a_missing_mandatory_segment_where_it_was_due() {
    assertThat(walk("BB L1 MM ZZ")).containsExactly("AA@2 MANDATORY_SEGMENT_MISSING");
  }

  @Test
  void reports_a_segment_repeated_beyond_its_maximum() {
    assertThat(walk("AA BB BB BB L1 MM ZZ")).containsExactly("BB@5 SEGMENT_OVER_MAXIMUM_USE");
  }

  @Test
  void reports_a_loop_repeated_beyond_its_maximum() {
    assertThat(walk("AA L1 MM L1 MM L1 MM ZZ")).containsExactly("L1@7 LOOP_OVER_MAXIMUM");
  }

  @Test
  void reports_a_mandatory_segment_missing_from_a_loop_iteration() {
    assertThat(walk("AA L1 L1 MM ZZ")).containsExactly("MM@4 MANDATORY_SEGMENT_MISSING");
  }

  @Test
  void reports_a_mandatory_loop_that_never_began() {
    assertThat(walk("AA ZZ")).containsExactly("L1@3 MANDATORY_SEGMENT_MISSING");
  }

  @Test
  void reports_mandatory_segments_still_missing_at_the_trailer() {
    assertThat(walk("AA L1 MM")).containsExactly("ZZ@5 MANDATORY_SEGMENT_MISSING");
  }

  @Test
  void reports_a_segment_out_of_sequence_and_keeps_its_place() {
    assertThat(walk("AA L1 MM BB ZZ")).containsExactly("BB@5 NOT_IN_SEQUENCE");
  }

  @Test
  void reports_a_segment_that_is_not_in_the_set() {
    assertThat(walk("AA QQ L1 MM ZZ")).containsExactly("QQ@3 NOT_IN_TRANSACTION_SET");
  }

  @Test
  void reports_a_tag_that_is_no_segment_identifier() {
    assertThat(walk("AA b! L1 MM ZZ")).containsExactly("b!@3 UNRECOGNIZED_SEGMENT");
  }

  @Test
  void names_the_innermost_loop_of_a_segment() {
    SetStructure structure = new SetStructure(SET);
    List<String> loops = new ArrayList<>();
    int position = 2;
    for (String tag : "AA L1 MM N1 ZZ".split(" ")) {
      loops.add(tag + ":" + structure.place(tag, position++).loopId());
    }

    assertThat(loops).containsExactly("AA:", "L1:L", "MM:L", "N1:N", "ZZ:");
  }

  private static List<String> walk(String tags) {
    SetStructure structure = new SetStructure(SET);
    List<PendingError> errors = new ArrayList<>();
    int position = 2;
    for (String tag : tags.split(" ")) {
      errors.addAll(structure.place(tag, position++).errors());
    }
    errors.addAll(structure.finish(position));
    return errors.stream()
        .map(e -> e.tag() + "@" + e.segmentPosition() + " " + e.segmentCode())
        .toList();
  }
}
