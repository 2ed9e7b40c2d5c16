package io.tradelane.x12;

import io.tradelane.x12.definition.TransactionDefinition;
import java.util.ArrayList;
import java.util.List;

/** Validates one transaction set's body segments, in order, against its definition. */
final class SetValidator {

  private final SetStructure structure;
  private final ElementChecks elements;

  SetValidator(TransactionDefinition definition, ElementChecks elements) {
    this.structure = new SetStructure(definition);
    this.elements = elements;
  }

  /** The faults of a body segment: its place in the segment table, then its elements. */
  List<PendingError> segment(Segment segment, int position) {
    SetStructure.Placement placement = structure.place(segment.tag(), position);
    if (placement.type() == null) {
      return placement.errors();
    }
    List<PendingError> found =
        elements.check(placement.type(), segment, position, placement.loopId());
    if (found.isEmpty()) {
      return placement.errors();
    }
    List<PendingError> all = new ArrayList<>(placement.errors());
    all.addAll(found);
    return all;
  }

  /** At the SE: the mandatory segments that never came. */
  List<PendingError> end(int sePosition) {
    return structure.finish(sePosition);
  }
}
