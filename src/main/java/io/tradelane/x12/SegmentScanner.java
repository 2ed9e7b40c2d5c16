package io.tradelane.x12;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the segments of one interchange out of the byte stream, with the delimiters of its ISA. Line
 * breaks are dropped wherever they are not a delimiter (after terminators, and inside segments of
 * hard-wrapped files), as are blanks before a segment tag. Element values are UTF-8 when they are
 * valid UTF-8 and ISO-8859-1 otherwise, so both read as their authors meant.
 */
final class SegmentScanner {

  /**
   * A segment longer than this is cut off and reported: no partner sends one, a broken file may.
   */
  static final int MAX_SEGMENT = 1 << 20;

  /**
   * One segment as read: the segment, whether its terminator was there, and the offset of its first
   * byte in the data.
   */
  record Scanned(Segment segment, boolean terminated, boolean truncated, long offset) {}

  private final ByteSource in;
  private final byte element;
  private final byte[] terminator;
  private final boolean keepLineBreaks;
  private byte[] scratch = new byte[512];

  SegmentScanner(ByteSource in, byte element, byte[] terminator) {
    this.in = in;
    this.element = element;
    this.terminator = terminator.clone();
    this.keepLineBreaks =
        terminator.length == 1 && (terminator[0] == '\n' || terminator[0] == '\r');
  }

  /** Whether the next segment is an ISA (the start of the next interchange). */
  boolean atIsa() throws IOException {
    skipBlanks();
    return in.peek(0) == 'I'
        && in.peek(1) == 'S'
        && in.peek(2) == 'A'
        && in.peek(3) == (element & 0xFF);
  }

  /** The next segment, or null at the end of the data. */
  Scanned next() throws IOException {
    skipBlanks();
    long offset = in.offset();
    int length = 0;
    boolean terminated = false;
    boolean truncated = false;
    int c;
    while ((c = in.read()) != -1) {
      if (c == (terminator[0] & 0xFF) && restOfTerminator()) {
        terminated = true;
        break;
      }
      if ((c == '\n' || c == '\r') && !keepLineBreaks) {
        continue;
      }
      if (length == MAX_SEGMENT) {
        truncated = true;
        continue;
      }
      if (length == scratch.length) {
        scratch = Arrays.copyOf(scratch, Math.min(scratch.length * 2, MAX_SEGMENT));
      }
      scratch[length++] = (byte) c;
    }
    if (keepLineBreaks && length > 0 && scratch[length - 1] == '\r') {
      length--;
    }
    if (length == 0 && !terminated) {
      return null;
    }
    return new Scanned(split(length), terminated, truncated, offset);
  }

  private boolean restOfTerminator() throws IOException {
    for (int i = 1; i < terminator.length; i++) {
      if (in.peek(i - 1) != (terminator[i] & 0xFF)) {
        return false;
      }
    }
    in.skip(terminator.length - 1);
    return true;
  }

  private void skipBlanks() throws IOException {
    int c;
    while ((c = in.peek(0)) == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (c == (terminator[0] & 0xFF) && terminator.length == 1) {
        return;
      }
      in.skip(1);
    }
  }

  private Segment split(int length) {
    List<String> parts = new ArrayList<>(16);
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || scratch[i] == element) {
        parts.add(X12Text.decode(scratch, start, i));
        start = i + 1;
      }
    }
    String tag = parts.remove(0);
    while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return new Segment(tag, parts);
  }
}
