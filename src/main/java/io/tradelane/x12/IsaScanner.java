package io.tradelane.x12;

import java.io.IOException;

/**
 * Finds the ISAs in a byte stream: skips what lies between interchanges (blanks, a byte order mark,
 * junk, which it counts) and reads an ISA up to its segment terminator, which may be any character,
 * including a line break or a multi-byte UTF-8 character.
 */
final class IsaScanner {

  private static final int JUNK_EXCERPT = 40;
  private static final int MAX_ISA = 300;

  /**
   * An ISA as read: its text (the terminator decoded as one character, no-break spaces in the
   * padding taken as spaces) and the terminator's bytes; empty terminator when the data ended
   * first.
   */
  record ReadIsa(String text, byte[] terminator) {

    boolean complete() {
      return terminator.length > 0;
    }
  }

  private final ByteSource in;

  IsaScanner(ByteSource in) {
    this.in = in;
  }

  /** Skips to the next "ISA" and a separator; returns how many non-blank bytes it passed. */
  int skipToIsa(StringBuilder excerpt) throws IOException {
    int skipped = 0;
    int c;
    while ((c = in.peek(0)) != -1) {
      if (c == 'I' && in.peek(1) == 'S' && in.peek(2) == 'A' && separator(in.peek(3))) {
        return skipped;
      }
      in.skip(1);
      boolean blank = c <= ' ' || c == 0xEF || c == 0xBB || c == 0xBF;
      skipped += blank ? 0 : 1;
      if (skipped > 0 && excerpt.length() < JUNK_EXCERPT && c >= ' ' && c < 0x80) {
        excerpt.append((char) c);
      }
    }
    return skipped;
  }

  /**
   * Reads "ISA", its 16 element separators, ISA16 and the terminator; null at the end of the data.
   */
  ReadIsa readIsa() throws IOException {
    if (in.peek(0) == -1) {
      return null;
    }
    byte[] isa = new byte[MAX_ISA + 8];
    int length = 0;
    int element = in.peek(3);
    int separators = 0;
    int c;
    while (separators < IsaLayout.ELEMENTS && length < MAX_ISA && (c = in.read()) != -1) {
      if (c == '\n' || c == '\r') {
        continue; // a hard-wrapped file breaks lines inside the ISA too
      }
      isa[length++] = (byte) c;
      separators += c == element && length > 3 ? 1 : 0;
    }
    while ((c = in.read()) == '\n' || c == '\r') {
      // ISA16 follows, after the line break of a hard-wrapped file
    }
    if (separators < IsaLayout.ELEMENTS || c == -1) {
      return new ReadIsa(decode(isa, length), new byte[0]);
    }
    isa[length++] = (byte) c;
    byte[] terminator = terminator();
    if (terminator.length == 0) {
      return new ReadIsa(decode(isa, length), terminator);
    }
    String text = decode(isa, length) + decode(terminator, terminator.length);
    return new ReadIsa(text, terminator);
  }

  /** The terminator's bytes: one, or a whole UTF-8 character when the bytes form one. */
  private byte[] terminator() throws IOException {
    int first = in.read();
    if (first == -1) {
      return new byte[0];
    }
    int more = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC2 ? 1 : 0;
    byte[] bytes = new byte[1 + more];
    bytes[0] = (byte) first;
    for (int i = 1; i <= more; i++) {
      int next = in.peek(i - 1);
      if (next < 0x80 || next > 0xBF) {
        return new byte[] {(byte) first};
      }
      bytes[i] = (byte) next;
    }
    in.skip(more);
    return bytes;
  }

  private static boolean separator(int c) {
    return c != -1 && !Character.isLetterOrDigit(c) && c != ' ';
  }

  private static String decode(byte[] bytes, int length) {
    return X12Text.decode(bytes, 0, length).replace('\u00A0', ' ');
  }
}
