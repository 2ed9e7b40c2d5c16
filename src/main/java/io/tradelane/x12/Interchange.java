package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One interchange as read: its ISA (absent when the data could not be read as an interchange at
 * all), what its IEA declared (IEA01 group count and IEA02 control number, empty when missing), its
 * functional groups, its envelope errors, and the interchange acknowledgements (TA1) it carries.
 */
public record Interchange(
    InterchangeHeader header,
    String declaredGroupCount,
    String trailerControlNumber,
    List<FunctionalGroup> groups,
    List<EnvelopeError> errors,
    List<Segment> interchangeAcks) {

  public Interchange {
    groups = List.copyOf(groups);
    errors = List.copyOf(errors);
    interchangeAcks = List.copyOf(interchangeAcks);
  }

  /** An interchange without TA1 segments. */
  public Interchange(
      InterchangeHeader header,
      String declaredGroupCount,
      String trailerControlNumber,
      List<FunctionalGroup> groups,
      List<EnvelopeError> errors) {
    this(header, declaredGroupCount, trailerControlNumber, groups, errors, List.of());
  }

  /** This interchange judged with one more envelope error, reported first (TA105 takes it). */
  public Interchange withEnvelopeError(EnvelopeError error) {
    List<EnvelopeError> all = new ArrayList<>();
    all.add(error);
    all.addAll(errors);
    return new Interchange(
        header, declaredGroupCount, trailerControlNumber, groups, all, interchangeAcks);
  }

  /** The ISA, when it could be read. */
  public Optional<InterchangeHeader> isa() {
    return Optional.ofNullable(header);
  }

  /** Whether the envelope is accepted (TA104 A, or E when its faults are not fatal). */
  public boolean envelopeAccepted() {
    return errors.stream().noneMatch(EnvelopeError::fatal);
  }

  /** The sets the hub may act on: error-free sets in sound groups of a sound interchange. */
  public List<TransactionSet> acceptedSets() {
    if (!envelopeAccepted()) {
      return List.of();
    }
    return groups.stream().flatMap(g -> g.acceptedSets().stream()).toList();
  }

  /** Every error in the interchange, described for logs and storage. */
  public List<String> describeErrors() {
    List<String> all = new ArrayList<>();
    errors.forEach(e -> all.add(e.describe()));
    groups.forEach(g -> all.addAll(g.describeErrors()));
    return all;
  }
}
