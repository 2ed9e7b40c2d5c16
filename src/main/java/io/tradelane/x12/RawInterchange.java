package io.tradelane.x12;

/**
 * The text of one interchange cut out of a file, ISA to IEA, with line breaks after segment
 * terminators removed; or, when {@code problem} is set, data that could not be read as one.
 */
record RawInterchange(String text, Delimiters delimiters, boolean complete, EnvelopeError problem) {

  static RawInterchange unreadable(InterchangeNote note, String message) {
    return new RawInterchange(null, null, false, new EnvelopeError(note, message));
  }

  boolean readable() {
    return problem == null;
  }
}
