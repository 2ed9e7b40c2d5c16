package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one {@link Interchange} from its segments in order, checking what StAEDI leaves to us:
 * trailer counts and control numbers, missing trailers, duplicate set control numbers, and where
 * each validation error belongs.
 */
final class InterchangeAssembler {

  private final InterchangeHeader header;
  private final String context;
  private final List<FunctionalGroup> groups = new ArrayList<>();
  private final List<EnvelopeError> errors = new ArrayList<>();
  private GroupBuilder group;
  private SetBuilder set;
  private Segment trailer;

  InterchangeAssembler(InterchangeHeader header) {
    this.header = header;
    this.context = "interchange " + header.controlNumber() + " from " + header.senderId();
  }

  void segment(Segment segment, int position, List<PendingError> pending) {
    switch (segment.tag()) {
      case "ISA" -> pending.forEach(this::isaError);
      case "GS" -> openGroup(segment, pending);
      case "ST" -> openSet(segment, position, pending);
      case "SE" -> closeSet(segment, pending);
      case "GE" -> closeGroup(segment);
      case "IEA" -> closeInterchange(segment);
      default -> body(segment, position, pending);
    }
  }

  void envelopeError(InterchangeNote note, String rule) {
    errors.add(new EnvelopeError(note, context + ": " + rule));
  }

  Interchange finish(List<PendingError> pending) {
    pending.forEach(e -> envelopeError(InterchangeNote.INVALID_CONTENT, e.describe()));
    if (set != null) {
      set.setError(SetErrorCode.TRAILER_MISSING, "the set has no SE trailer");
      group.add(set.build());
      set = null;
    }
    if (group != null) {
      groups.add(group.closeWithoutTrailer());
      group = null;
    }
    if (trailer == null) {
      envelopeError(InterchangeNote.PREMATURE_END_OF_FILE, "the interchange has no IEA trailer");
    }
    String declared = trailer == null ? "" : trailer.element(1);
    String control = trailer == null ? "" : trailer.element(2);
    return new Interchange(header, declared, control, groups, errors);
  }

  private void isaError(PendingError e) {
    errors.add(new EnvelopeError(ErrorCodes.isaNote(e.element()), context + ": " + e.describe()));
  }

  private void openGroup(Segment gs, List<PendingError> pending) {
    if (group != null) {
      closeSet(null, List.of());
      groups.add(group.closeWithoutTrailer());
    }
    group = new GroupBuilder(GroupBuilder.header(gs), context);
    for (PendingError e : pending) {
      if (e.element() != 6 && e.element() != 1 && e.element() != 8) {
        envelopeError(InterchangeNote.INVALID_CONTENT, "invalid GS: " + e.describe());
      }
    }
  }

  private void openSet(Segment st, int position, List<PendingError> pending) {
    if (group == null) {
      envelopeError(
          InterchangeNote.INVALID_CONTROL_STRUCTURE,
          "ST at position " + position + " is outside a functional group");
      group = new GroupBuilder(new GroupHeader("", "", "", "", "", "", "", ""), context);
    }
    if (set != null) {
      closeSet(null, List.of());
    }
    set = new SetBuilder(st, position, group.context());
    checkSetHeader(st);
    // ST01/ST02 are checked by checkSetHeader; segment-level errors on an ST concern the set
    // StAEDI still believed open (its SE missing), which is already reported
    pending.stream().filter(e -> e.element() > 2).forEach(set::error);
  }

  private void checkSetHeader(Segment st) {
    String code = st.element(1);
    String control = st.element(2);
    if (!code.matches("[0-9]{3}")) {
      set.setError(
          SetErrorCode.INVALID_SET_IDENTIFIER,
          "ST01 '" + code + "' is not a transaction set identifier");
    } else if (TransactionSchemas.find(code, group.header().version()).isEmpty()) {
      set.setError(
          SetErrorCode.NOT_SUPPORTED,
          "transaction set "
              + code
              + " in version "
              + group.header().version()
              + " is not supported");
    }
    if (!control.matches("[0-9A-Za-z]{4,9}")) {
      set.setError(
          SetErrorCode.INVALID_CONTROL_NUMBER,
          "ST02 '" + control + "' is not a valid control number (4 to 9 characters)");
    } else if (!group.registerSetControlNumber(control)) {
      set.setError(
          SetErrorCode.CONTROL_NUMBER_NOT_UNIQUE,
          "ST02 '" + control + "' was already used in this group");
    }
  }

  private void body(Segment segment, int position, List<PendingError> pending) {
    if (set == null) {
      envelopeError(
          InterchangeNote.INVALID_CONTROL_STRUCTURE,
          "segment "
              + segment.tag()
              + " at position "
              + position
              + " is outside a transaction set");
      return;
    }
    pending.stream().filter(e -> !e.isControlCheck()).forEach(set::error);
    set.add(segment);
  }

  /** Closes the open set; with a null SE the trailer is missing. */
  private void closeSet(Segment se, List<PendingError> pending) {
    if (set == null) {
      if (se != null) {
        envelopeError(InterchangeNote.INVALID_CONTROL_STRUCTURE, "SE without a matching ST");
      }
      return;
    }
    if (se == null) {
      set.setError(SetErrorCode.TRAILER_MISSING, "the set has no SE trailer");
    } else {
      pending.stream().filter(e -> !e.isControlCheck()).forEach(set::error);
      set.add(se);
      checkSetTrailer(se);
    }
    group.add(set.build());
    set = null;
  }

  private void checkSetTrailer(Segment se) {
    String count = se.element(1);
    if (!count.equals(String.valueOf(set.segmentCount()))) {
      set.setError(
          SetErrorCode.SEGMENT_COUNT_MISMATCH,
          "SE01 declares " + count + " segments, the set has " + set.segmentCount());
    }
    if (!se.element(2).equals(set.controlNumber())) {
      set.setError(
          SetErrorCode.CONTROL_NUMBER_MISMATCH,
          "SE02 '" + se.element(2) + "' does not match ST02 '" + set.controlNumber() + "'");
    }
  }

  private void closeGroup(Segment ge) {
    if (group == null) {
      envelopeError(InterchangeNote.INVALID_CONTROL_STRUCTURE, "GE without a matching GS");
      return;
    }
    closeSet(null, List.of());
    groups.add(group.close(ge));
    group = null;
  }

  private void closeInterchange(Segment iea) {
    if (group != null) {
      closeSet(null, List.of());
      groups.add(group.closeWithoutTrailer());
      group = null;
    }
    trailer = iea;
    if (!iea.element(1).equals(String.valueOf(groups.size()))) {
      envelopeError(
          InterchangeNote.INVALID_GROUP_COUNT,
          "IEA01 declares "
              + iea.element(1)
              + " functional groups, the interchange has "
              + groups.size());
    }
    if (!iea.element(2).equals(header.controlNumber())) {
      envelopeError(
          InterchangeNote.CONTROL_NUMBER_MISMATCH,
          "IEA02 '" + iea.element(2) + "' does not match ISA13 '" + header.controlNumber() + "'");
    }
  }
}
