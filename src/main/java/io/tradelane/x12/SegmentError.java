package io.tradelane.x12;

import java.util.List;

/**
 * A segment in error within a transaction set: its tag, its position in the set (ST = 1), the loop
 * it belongs to when known (empty otherwise), the AK304 code and the errors of its elements.
 */
public record SegmentError(
    String tag,
    int position,
    String loopId,
    SegmentErrorCode code,
    List<ElementError> elementErrors,
    String message) {

  public SegmentError {
    elementErrors = List.copyOf(elementErrors);
  }

  /** The code, the message and those of the element errors, for logs and storage. */
  public String describe() {
    StringBuilder text = new StringBuilder("AK3 " + code.code() + ": " + message);
    elementErrors.forEach(e -> text.append("; ").append(e.describe()));
    return text.toString();
  }
}
