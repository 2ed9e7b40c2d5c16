package io.tradelane.x12;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * A validation error as StAEDI reported it, held until the segment it concerns is complete.
 * Positions are StAEDI's: the segment counted from the ISA, element and component 1-based or -1.
 */
record PendingError(
    EDIStreamValidationError type,
    String tag,
    int segmentPosition,
    int element,
    int component,
    int occurrence,
    String reference,
    String text,
    String loopId) {

  boolean isSegmentLevel() {
    return type.getCategory() == io.xlate.edi.stream.EDIStreamEvent.SEGMENT_ERROR;
  }

  boolean isControlCheck() {
    return type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
        || type == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
  }

  /** The X12 element reference number: our schemas name element types E + number. */
  String referenceNumber() {
    if (reference == null) {
      return "";
    }
    return reference.matches("E[0-9]+") ? reference.substring(1) : reference;
  }

  String describe() {
    String where = element > 0 ? tag + String.format("%02d", element) : tag;
    return where
        + " "
        + type.name().toLowerCase().replace('_', ' ')
        + (text == null || text.isEmpty() ? "" : " ('" + text + "')");
  }
}
