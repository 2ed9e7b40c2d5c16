package io.tradelane.x12;

/** A fault in a functional group envelope (GS/GE), with its AK905 code. */
public record GroupError(GroupErrorCode code, String message) {

  /** The code and the message, for logs and storage. */
  public String describe() {
    return "AK905 " + code.code() + ": " + message;
  }
}
