package io.tradelane.x12;

/** AK905 functional group error codes (X12 716). */
public enum GroupErrorCode {
  NOT_SUPPORTED("1"),
  VERSION_NOT_SUPPORTED("2"),
  TRAILER_MISSING("3"),
  CONTROL_NUMBER_MISMATCH("4"),
  SET_COUNT_MISMATCH("5"),
  CONTROL_NUMBER_SYNTAX("6"),
  /** 005010 on; before it, 19 meant something else and 6 is reported instead. */
  CONTROL_NUMBER_NOT_UNIQUE("19");

  private final String code;

  GroupErrorCode(String code) {
    this.code = code;
  }

  /** The AK905 value. */
  public String code() {
    return code;
  }
}
