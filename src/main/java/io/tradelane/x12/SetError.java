package io.tradelane.x12;

/** A fault of a whole transaction set (ST/SE, uniqueness, support), with its AK502 code. */
public record SetError(SetErrorCode code, String message) {

  /** The code and the message, for logs and storage. */
  public String describe() {
    return "AK5 " + code.code() + ": " + message;
  }
}
