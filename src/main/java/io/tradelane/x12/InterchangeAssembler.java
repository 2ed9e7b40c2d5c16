package io.tradelane.x12;

import io.tradelane.x12.definition.Definitions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds one {@link Interchange} from its segments in order and judges it: the group header's
 * elements, each transaction set against its definition (through a {@link SetValidator}), trailer
 * counts and control numbers, missing trailers and duplicate set control numbers; each error is
 * filed with the interchange, group, set and segment it belongs to.
 */
final class InterchangeAssembler {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  private final InterchangeHeader header;
  private final String context;
  private final List<FunctionalGroup> groups = new ArrayList<>();
  private final List<EnvelopeError> errors = new ArrayList<>();
  private final List<Segment> interchangeAcks = new ArrayList<>();
  private final Set<String> groupControlNumbers = new HashSet<>();
  private final ElementChecks elements;
  private GroupBuilder group;
  private SetBuilder set;
  private SetValidator validator;
  private Segment trailer;

  private final InterchangeHandler handler;
  private final long isaOffset;
  private final long keptBytes;

  /**
   * An assembler for one interchange; with a {@code handler}, each set goes to it when complete and
   * the interchange keeps only its summary, without one the interchange keeps every set.
   *
   * @param isaOffset where the ISA was read in the data
   * @param keptBytes how many bytes of one set to keep in memory, as segments
   */
  InterchangeAssembler(
      InterchangeHeader header,
      Delimiters delimiters,
      InterchangeHandler handler,
      long isaOffset,
      long keptBytes) {
    this.header = header;
    this.handler = handler;
    this.isaOffset = isaOffset;
    this.keptBytes = keptBytes;
    this.context = "interchange " + header.controlNumber() + " from " + header.senderId();
    this.elements = new ElementChecks(delimiters);
  }

  /** The next segment, at {@code position} in the interchange and {@code offset} in the data. */
  void segment(Segment segment, int position, long offset) {
    switch (segment.tag()) {
      case "GS" -> openGroup(segment, position);
      case "ST" -> openSet(segment, position, offset);
      case "SE" -> closeSet(segment, position);
      case "GE" -> closeGroup(segment, position);
      case "IEA" -> closeInterchange(segment, position);
      case "TA1" -> interchangeAck(segment, position);
      case "ISB", "ISE" -> serviceRequest(segment, position);
      default -> body(segment, position);
    }
  }

  void envelopeError(InterchangeNote note, String rule) {
    errors.add(new EnvelopeError(note, context + ": " + rule));
  }

  /** A fault the interchange is accepted with (TA104 E). */
  void envelopeWarning(InterchangeNote note, String rule) {
    errors.add(EnvelopeError.warning(note, context + ": " + rule));
  }

  void isaError(PendingError e) {
    errors.add(new EnvelopeError(IsaLayout.note(e.element()), context + ": " + e.describe()));
  }

  Interchange finish() {
    if (set != null) {
      set.setError(SetErrorCode.TRAILER_MISSING, "the set has no SE trailer");
      addSet(set.build());
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
    return new Interchange(header, declared, control, groups, errors, interchangeAcks);
  }

  /** ISB and ISE (grade of service, deferred delivery) ask a network for a service: no use here. */
  private void serviceRequest(Segment segment, int position) {
    if (group != null || !groups.isEmpty()) {
      body(segment, position);
    }
  }

  private void addSet(TransactionSet built) {
    if (handler == null) {
      group.add(built);
    } else {
      handler.set(header, group.header(), built);
      group.add(built.summary());
    }
  }

  /** Whether two different texts are the same number, one of them not zero-padded. */
  static boolean sameNumber(String a, String b) {
    return !a.equals(b)
        && NUMBER.matcher(a).matches()
        && NUMBER.matcher(b).matches()
        && Long.parseLong(a) == Long.parseLong(b);
  }

  /** A TA1 between the ISA and the first GS acknowledges one of our interchanges. */
  private void interchangeAck(Segment ta1, int position) {
    if (group != null || !groups.isEmpty()) {
      body(ta1, position);
      return;
    }
    List<PendingError> faults = elements.check(Definitions.envelope("TA1"), ta1, position, "");
    faults.forEach(
        e ->
            envelopeError(
                InterchangeNote.INVALID_CONTENT,
                "invalid TA1 at position " + position + ": " + e.describe()));
    if (faults.isEmpty()) {
      interchangeAcks.add(ta1);
    }
  }

  private void openGroup(Segment gs, int position) {
    if (group != null) {
      closeSet(null, position);
      groups.add(group.closeWithoutTrailer());
    }
    group = new GroupBuilder(GroupBuilder.header(gs), context);
    if (!groupControlNumbers.add(gs.element(6))) {
      group.error(
          group.header().version().startsWith("005")
              ? GroupErrorCode.CONTROL_NUMBER_NOT_UNIQUE
              : GroupErrorCode.CONTROL_NUMBER_SYNTAX,
          "GS06 '" + gs.element(6) + "' was already used in this interchange");
    }
    for (PendingError e : elements.check(Definitions.envelope("GS"), gs, position, "")) {
      if (e.element() != 6 && e.element() != 1 && e.element() != 8) {
        envelopeError(InterchangeNote.INVALID_CONTENT, "invalid GS: " + e.describe());
      }
    }
  }

  private void openSet(Segment st, int position, long offset) {
    if (group == null) {
      envelopeError(
          InterchangeNote.INVALID_CONTROL_STRUCTURE,
          "ST at position " + position + " is outside a functional group");
      group = new GroupBuilder(new GroupHeader("", "", "", "", "", "", "", ""), context);
    }
    if (set != null) {
      closeSet(null, position);
    }
    set = new SetBuilder(st, position, group.context(), new SetPlace(isaOffset, offset), keptBytes);
    validator = set.checkHeader(group).map(d -> new SetValidator(d, elements)).orElse(null);
  }

  private void body(Segment segment, int position) {
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
    if (validator != null) {
      validator.segment(segment, position).forEach(set::error);
    }
    set.add(segment);
  }

  /** Closes the open set; with a null SE the trailer is missing. */
  private void closeSet(Segment se, int position) {
    if (set == null) {
      if (se != null) {
        envelopeError(InterchangeNote.INVALID_CONTROL_STRUCTURE, "SE without a matching ST");
      }
      return;
    }
    if (validator != null) {
      validator.end(position).forEach(set::error);
      validator = null;
    }
    if (se == null) {
      set.setError(SetErrorCode.TRAILER_MISSING, "the set has no SE trailer");
    } else {
      set.add(se);
      set.checkTrailer(se);
    }
    addSet(set.build());
    set = null;
  }

  private void closeGroup(Segment ge, int position) {
    if (group == null) {
      envelopeError(InterchangeNote.INVALID_CONTROL_STRUCTURE, "GE without a matching GS");
      return;
    }
    closeSet(null, position);
    groups.add(group.close(ge));
    group = null;
  }

  private void closeInterchange(Segment iea, int position) {
    if (group != null) {
      closeSet(null, position);
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
    if (sameNumber(iea.element(2), header.controlNumber())) {
      envelopeWarning(
          InterchangeNote.CONTROL_NUMBER_MISMATCH,
          "IEA02 '" + iea.element(2) + "' is ISA13 '" + header.controlNumber() + "' unpadded");
    } else if (!iea.element(2).equals(header.controlNumber())) {
      envelopeError(
          InterchangeNote.CONTROL_NUMBER_MISMATCH,
          "IEA02 '" + iea.element(2) + "' does not match ISA13 '" + header.controlNumber() + "'");
    }
  }
}
