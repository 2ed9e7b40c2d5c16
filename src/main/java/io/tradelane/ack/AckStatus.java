package io.tradelane.ack;

/** Where an outbound document stands with its partner's functional acknowledgement. */
public enum AckStatus {
  ACCEPTED,
  /** accepted, but the partner noted errors (AK5/IK5 E, or a partially accepted group) */
  ACCEPTED_WITH_ERRORS,
  /** rejected (R), or failed the partner's authentication, validity or decryption (M, W, X) */
  REJECTED,
  /** no acknowledgement within the partner's deadline; an acknowledgement arriving later wins */
  OVERDUE;

  /**
   * The status an AK501/IK501 or AK901 code stands for; P (partially accepted, AK9 only) counts as
   * accepted with errors.
   *
   * @throws IllegalArgumentException for any other code
   */
  public static AckStatus ofCode(String code) {
    return switch (code) {
      case "A" -> ACCEPTED;
      case "E", "P" -> ACCEPTED_WITH_ERRORS;
      case "R", "M", "W", "X" -> REJECTED;
      default -> throw new IllegalArgumentException("unknown acknowledgement code '" + code + "'");
    };
  }

  /** The worse of two outcomes (REJECTED over ACCEPTED_WITH_ERRORS over ACCEPTED). */
  public AckStatus worse(AckStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
