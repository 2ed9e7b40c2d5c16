package io.tradelane.x12;

/**
 * A fault in an interchange envelope (ISA/IEA) or in the file around it, with its TA105 note. A
 * fatal one rejects the interchange (TA104 R); one that is not is noted and the interchange
 * accepted with errors (TA104 E), such as an ISA whose fields were not padded.
 */
public record EnvelopeError(InterchangeNote note, String message, boolean fatal) {

  public EnvelopeError(InterchangeNote note, String message) {
    this(note, message, true);
  }

  /** A fault the interchange is accepted with. */
  public static EnvelopeError warning(InterchangeNote note, String message) {
    return new EnvelopeError(note, message, false);
  }

  /** The note code and the message, for logs and storage. */
  public String describe() {
    return "TA1 " + note.code() + (fatal ? "" : " (accepted with this error)") + ": " + message;
  }
}
