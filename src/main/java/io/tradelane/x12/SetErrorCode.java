package io.tradelane.x12;

/** AK502/IK502 transaction set error codes (X12 718/618). */
public enum SetErrorCode {
  NOT_SUPPORTED("1"),
  TRAILER_MISSING("2"),
  CONTROL_NUMBER_MISMATCH("3"),
  SEGMENT_COUNT_MISMATCH("4"),
  SEGMENTS_IN_ERROR("5"),
  INVALID_SET_IDENTIFIER("6"),
  INVALID_CONTROL_NUMBER("7"),
  CONTROL_NUMBER_NOT_UNIQUE("23");

  private final String code;

  SetErrorCode(String code) {
    this.code = code;
  }

  /** The AK502/IK502 value. */
  public String code() {
    return code;
  }
}
