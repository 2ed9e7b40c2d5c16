package io.tradelane.x12;

/**
 * A validation error found in one segment, held until the set it belongs to takes it: a
 * segment-level fault (an AK304 code) or a data element fault (an AK403 code, with the element's
 * position, component and repetition, 1-based or 0 when not applicable). The position counts
 * segments from the ISA.
 */
record PendingError(
    String tag,
    int segmentPosition,
    SegmentErrorCode segmentCode,
    int element,
    int component,
    int occurrence,
    String reference,
    ElementErrorCode elementCode,
    String text,
    String loopId,
    String rule) {

  static PendingError segment(
      String tag, int position, SegmentErrorCode code, String loopId, String rule) {
    return new PendingError(tag, position, code, 0, 0, 0, "", null, "", loopId, rule);
  }

  boolean isSegmentLevel() {
    return segmentCode != null;
  }

  String describe() {
    String where =
        element > 0
            ? tag
                + String.format("%02d", element)
                + (component > 0 ? "-" + String.format("%02d", component) : "")
                + (occurrence > 1 ? " (repetition " + occurrence + ")" : "")
            : tag;
    return where + " " + rule + (text == null || text.isEmpty() ? "" : " ('" + text + "')");
  }
}
