package io.tradelane.x12;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects one transaction set while it is read: segments, and errors keyed by segment. */
final class SetBuilder {

  private final Segment header;
  private final int startPosition;
  private final String context;
  private final List<Segment> segments = new ArrayList<>();
  private final Map<String, SegmentErrorBuilder> segmentErrors = new LinkedHashMap<>();
  private final List<SetError> setErrors = new ArrayList<>();

  SetBuilder(Segment header, int startPosition, String groupContext) {
    this.header = header;
    this.startPosition = startPosition;
    this.context = groupContext + ", set " + header.element(2) + " (" + header.element(1) + ")";
    segments.add(header);
  }

  String controlNumber() {
    return header.element(2);
  }

  String code() {
    return header.element(1);
  }

  void add(Segment segment) {
    segments.add(segment);
  }

  int segmentCount() {
    return segments.size();
  }

  void setError(SetErrorCode code, String rule) {
    setErrors.add(new SetError(code, context + ": " + rule));
  }

  void error(PendingError e) {
    int position = e.segmentPosition() - startPosition + 1;
    SegmentErrorBuilder segment =
        segmentErrors.computeIfAbsent(
            e.tag() + "@" + position, k -> new SegmentErrorBuilder(e.tag(), position, e.loopId()));
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
      all.add(
          new SetError(
              SetErrorCode.SEGMENTS_IN_ERROR, context + ": one or more segments in error"));
    }
    return new TransactionSet(
        header.element(1), header.element(2), header.element(3), segments, errors, all);
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
