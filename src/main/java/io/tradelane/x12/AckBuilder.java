package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which acknowledgements one received interchange gets and builds them. A TA1 comes when
 * the partner wants it, when the ISA asks for it (ISA14 = 1) or when the envelope is broken; it
 * needs a readable ISA. Each functional group gets a 999 when the partner wants 999s, else a 997
 * when it wants 997s; a rejected interchange (TA104 R) gets no functional acknowledgements.
 */
public final class AckBuilder {

  /** The 999 implementation guide reference for GS08 and ST03. */
  public static final String IMPLEMENTATION_999 = "005010X231A1";

  /** The acknowledgements due for {@code interchange}; {@code outbound} gives the separators. */
  public Acknowledgements build(Interchange interchange, Set<AckKind> wanted, Delimiters outbound) {
    Segment ta1 = ta1Due(interchange, wanted) ? ta1(interchange) : null;
    List<FunctionalAck> acks = new ArrayList<>();
    if (interchange.envelopeAccepted()) {
      FunctionalAckBody bodies = new FunctionalAckBody(outbound.component());
      for (FunctionalGroup group : interchange.groups()) {
        if (wanted.contains(AckKind.FA_999)) {
          acks.add(
              new FunctionalAck("999", IMPLEMENTATION_999, group.header(), bodies.ack999(group)));
        } else if (wanted.contains(AckKind.FA_997)) {
          acks.add(new FunctionalAck("997", "", group.header(), bodies.ack997(group)));
        }
      }
    }
    return new Acknowledgements(ta1, acks);
  }

  /**
   * The TA1 for an interchange with a readable ISA: TA101-103 from ISA13, ISA09, ISA10; TA104 A, E
   * (accepted with faults that are not fatal) or R; TA105 the note of the first fatal envelope
   * error, else of the first fault, else 000.
   */
  public Segment ta1(Interchange interchange) {
    InterchangeHeader isa = interchange.header();
    List<EnvelopeError> errors = interchange.errors();
    EnvelopeError first =
        errors.stream()
            .filter(EnvelopeError::fatal)
            .findFirst()
            .orElse(errors.isEmpty() ? null : errors.get(0));
    String status = first == null ? "A" : first.fatal() ? "R" : "E";
    String note = first == null ? InterchangeNote.NO_ERROR.code() : first.note().code();
    return Segment.of("TA1", isa.controlNumber(), isa.date(), isa.time(), status, note);
  }

  private static boolean ta1Due(Interchange interchange, Set<AckKind> wanted) {
    if (interchange.header() == null) {
      return false;
    }
    return wanted.contains(AckKind.TA1)
        || interchange.header().ackRequested()
        || !interchange.errors().isEmpty();
  }
}
