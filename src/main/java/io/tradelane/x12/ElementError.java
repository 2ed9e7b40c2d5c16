package io.tradelane.x12;

/**
 * A data element in error: its 1-based position in the segment, its component position (0 when not
 * in a composite), its repetition (0 when not repeated), its X12 reference number (may be empty),
 * the AK403 code, a copy of the bad data (at most 99 characters) and a message naming where it was
 * found.
 */
public record ElementError(
    int position,
    int componentPosition,
    int repetition,
    String reference,
    ElementErrorCode code,
    String badData,
    String message) {

  public ElementError {
    badData = badData == null ? "" : badData.substring(0, Math.min(99, badData.length()));
  }

  /** The code and the message, for logs and storage. */
  public String describe() {
    return "AK4 " + code.code() + ": " + message;
  }
}
