package io.tradelane.x12;

/** AK403/IK403 data element error codes (X12 723/621). */
public enum ElementErrorCode {
  MANDATORY_MISSING("1"),
  CONDITIONAL_REQUIRED_MISSING("2"),
  TOO_MANY_ELEMENTS("3"),
  TOO_SHORT("4"),
  TOO_LONG("5"),
  INVALID_CHARACTER("6"),
  INVALID_CODE_VALUE("7"),
  INVALID_DATE("8"),
  INVALID_TIME("9"),
  EXCLUSION_VIOLATED("10"),
  TOO_MANY_REPETITIONS("12"),
  TOO_MANY_COMPONENTS("13");

  private final String code;

  ElementErrorCode(String code) {
    this.code = code;
  }

  /** The AK403/IK403 value. */
  public String code() {
    return code;
  }
}
