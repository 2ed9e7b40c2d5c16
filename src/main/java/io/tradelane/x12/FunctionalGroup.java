package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One received functional group: its GS, what its GE declared (GE01 set count and GE02 control
 * number, empty when the GE is missing), its transaction sets and its envelope errors.
 */
public record FunctionalGroup(
    GroupHeader header,
    String declaredSetCount,
    String trailerControlNumber,
    List<TransactionSet> sets,
    List<GroupError> errors) {

  public FunctionalGroup {
    sets = List.copyOf(sets);
    errors = List.copyOf(errors);
  }

  /** The sets whose business processing may go ahead: none when the group itself is in error. */
  public List<TransactionSet> acceptedSets() {
    return errors.isEmpty() ? sets.stream().filter(TransactionSet::accepted).toList() : List.of();
  }

  /** How many of its sets are free of errors. */
  public long acceptedSetCount() {
    return sets.stream().filter(TransactionSet::accepted).count();
  }

  /** Whether the group envelope is sound and every set accepted. */
  public boolean accepted() {
    return errors.isEmpty() && acceptedSetCount() == sets.size();
  }

  /** Human-readable descriptions of the group's errors and those of its sets. */
  public List<String> describeErrors() {
    List<String> all = new ArrayList<>();
    errors.forEach(e -> all.add(e.describe()));
    sets.forEach(s -> all.addAll(s.describeErrors()));
    return all;
  }
}
