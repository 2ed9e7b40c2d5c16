package io.tradelane.x12;

import io.tradelane.x12.definition.Definitions;
import io.tradelane.x12.definition.TransactionDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects one transaction set while it is read: segments (up to a number of bytes, past which only
 * their count grows), errors keyed by segment (up to {@link #MAX_SEGMENT_ERRORS}), and the checks
 * of its ST and SE.
 */
final class SetBuilder {

  private static final Pattern SET_CODE = Pattern.compile("[0-9]{3}");
  private static final Pattern CONTROL_NUMBER = Pattern.compile("[0-9A-Za-z]{4,9}");

  /** Segments in error past this many are counted, not described: the set is rejected anyway. */
  static final int MAX_SEGMENT_ERRORS = 1_000;

  private final Segment header;
  private final int startPosition;
  private final String context;
  private final List<Segment> segments = new ArrayList<>();
  private final Map<String, SegmentErrorBuilder> segmentErrors = new LinkedHashMap<>();
  private final List<SetError> setErrors = new ArrayList<>();
  private final SetPlace place;
  private final long keptBytes;
  private long bytes;
  private boolean keeping = true;
  private int count = 1;
  private int unlistedErrors;

  /**
   * @param place where the ST was read
   * @param keptBytes how many bytes of X12 to keep in memory as segments (at least the first two);
   *     past them only the count grows
   */
  SetBuilder(
      Segment header, int startPosition, String groupContext, SetPlace place, long keptBytes) {
    this.header = header;
    this.startPosition = startPosition;
    this.context = groupContext + ", set " + header.element(2) + " (" + header.element(1) + ")";
    this.place = place;
    this.keptBytes = keptBytes;
    segments.add(header);
    bytes = length(header);
  }

  String controlNumber() {
    return header.element(2);
  }

  String code() {
    return header.element(1);
  }

  void add(Segment segment) {
    count++;
    if (keeping) {
      bytes += length(segment);
      keeping = bytes <= keptBytes || segments.size() < 2;
    }
    if (keeping) {
      segments.add(segment);
    }
  }

  /** The segment's length as X12: tag, separators and elements, and its terminator. */
  private static long length(Segment segment) {
    long length = segment.tag().length() + 1L;
    for (String element : segment.elements()) {
      length += element.length() + 1;
    }
    return length;
  }

  int segmentCount() {
    return count;
  }

  void setError(SetErrorCode code, String rule) {
    setErrors.add(new SetError(code, context + ": " + rule));
  }

  /** Checks ST01 and ST02 within {@code group}; returns the set's definition when we have one. */
  Optional<TransactionDefinition> checkHeader(GroupBuilder group) {
    Segment st = header;
    String code = st.element(1);
    String control = st.element(2);
    Optional<TransactionDefinition> definition = Definitions.find(code, group.header().version());
    if (!SET_CODE.matcher(code).matches()) {
      setError(
          SetErrorCode.INVALID_SET_IDENTIFIER,
          "ST01 '" + code + "' is not a transaction set identifier");
    } else if (definition.isEmpty()) {
      setError(
          SetErrorCode.NOT_SUPPORTED,
          "transaction set "
              + code
              + " in version "
              + group.header().version()
              + " is not supported");
    }
    if (!CONTROL_NUMBER.matcher(control).matches()) {
      setError(
          SetErrorCode.INVALID_CONTROL_NUMBER,
          "ST02 '" + control + "' is not a valid control number (4 to 9 characters)");
    } else if (!group.registerSetControlNumber(control)) {
      setError(
          SetErrorCode.CONTROL_NUMBER_NOT_UNIQUE,
          "ST02 '" + control + "' was already used in this group");
    }
    return definition;
  }

  /** Checks SE01 (the segment count) and SE02 against what was read. */
  void checkTrailer(Segment se) {
    String count = se.element(1);
    if (!count.equals(String.valueOf(segmentCount()))) {
      setError(
          SetErrorCode.SEGMENT_COUNT_MISMATCH,
          "SE01 declares " + count + " segments, the set has " + segmentCount());
    }
    if (!se.element(2).equals(controlNumber())) {
      setError(
          SetErrorCode.CONTROL_NUMBER_MISMATCH,
          "SE02 '" + se.element(2) + "' does not match ST02 '" + controlNumber() + "'");
    }
  }

  void error(PendingError e) {
    int position = e.segmentPosition() - startPosition + 1;
    String key = e.tag() + "@" + position;
    if (segmentErrors.size() >= MAX_SEGMENT_ERRORS && !segmentErrors.containsKey(key)) {
      unlistedErrors++;
      return;
    }
    SegmentErrorBuilder segment =
        segmentErrors.computeIfAbsent(
            key, k -> new SegmentErrorBuilder(e.tag(), position, e.loopId()));
    String where = context + ", segment " + e.tag() + " at position " + position;
    if (e.isSegmentLevel()) {
      segment.code = e.segmentCode();
      segment.rule = e.describe();
      return;
    }
    segment.elements.add(
        new ElementError(
            e.element(),
            e.component(),
            e.occurrence(),
            e.reference(),
            e.elementCode(),
            e.text(),
            where + ": " + e.describe()));
  }

  TransactionSet build() {
    List<SegmentError> errors = new ArrayList<>();
    for (SegmentErrorBuilder b : segmentErrors.values()) {
      if (b.code != null || !b.elements.isEmpty()) {
        errors.add(b.build(context));
      }
    }
    List<SetError> all = new ArrayList<>(setErrors);
    if (!errors.isEmpty()) {
      String unlisted =
          unlistedErrors == 0 ? "" : " (" + unlistedErrors + " more errors not listed)";
      all.add(
          new SetError(
              SetErrorCode.SEGMENTS_IN_ERROR,
              context + ": one or more segments in error" + unlisted));
    }
    return new TransactionSet(
        header.element(1),
        header.element(2),
        header.element(3),
        segments,
        errors,
        all,
        count,
        place);
  }

  private static final class SegmentErrorBuilder {
    private final String tag;
    private final int position;
    private final String loopId;
    private final List<ElementError> elements = new ArrayList<>();
    private SegmentErrorCode code;
    private String rule = "has data element errors";

    SegmentErrorBuilder(String tag, int position, String loopId) {
      this.tag = tag;
      this.position = position;
      this.loopId = loopId;
    }

    SegmentError build(String context) {
      SegmentErrorCode effective = code == null ? SegmentErrorCode.HAS_ELEMENT_ERRORS : code;
      String loop = loopId.isEmpty() ? "" : " in loop " + loopId;
      String message =
          context + ", segment " + tag + " at position " + position + loop + ": " + rule;
      return new SegmentError(tag, position, loopId, effective, elements, message);
    }
  }
}
