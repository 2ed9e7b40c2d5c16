package io.tradelane.x12;

/** AK304/IK304 segment syntax error codes (X12 720/620). */
public enum SegmentErrorCode {
  UNRECOGNIZED_SEGMENT("1"),
  UNEXPECTED_SEGMENT("2"),
  MANDATORY_SEGMENT_MISSING("3"),
  LOOP_OVER_MAXIMUM("4"),
  SEGMENT_OVER_MAXIMUM_USE("5"),
  NOT_IN_TRANSACTION_SET("6"),
  NOT_IN_SEQUENCE("7"),
  HAS_ELEMENT_ERRORS("8");

  private final String code;

  SegmentErrorCode(String code) {
    this.code = code;
  }

  /** The AK304/IK304 value. */
  public String code() {
    return code;
  }
}
