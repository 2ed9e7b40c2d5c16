package io.tradelane.x12;

/**
 * The text of one interchange cut out of a file, ISA to IEA, with line breaks after segment
 * terminators removed, and a problem found while cutting it (null for none); or, when the text is
 * null, data that could not be read as an interchange at all.
 */
record RawInterchange(
    String isa, String text, Delimiters delimiters, boolean complete, EnvelopeError problem) {

  static RawInterchange unreadable(InterchangeNote note, String message) {
    return new RawInterchange(null, null, null, false, new EnvelopeError(note, message));
  }

  boolean readable() {
    return text != null;
  }
}
