package io.tradelane.x12;

/** A fault in an interchange envelope (ISA/IEA) or in the file around it, with its TA105 note. */
public record EnvelopeError(InterchangeNote note, String message) {

  /** The note code and the message, for logs and storage. */
  public String describe() {
    return "TA1 " + note.code() + ": " + message;
  }
}
