package io.tradelane.x12;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered byte stream with one-byte-at-a-time reads and a short look-ahead, for the scanner.
 * Unlike a {@code PushbackInputStream} it does no locking and no per-byte virtual calls.
 */
final class ByteSource {

  private static final int SIZE = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[SIZE];
  private int position;
  private int limit;
  private long discarded;

  ByteSource(InputStream in) {
    this(in, 0);
  }

  /** A source whose first byte is at {@code offset} of the data it is part of. */
  ByteSource(InputStream in, long offset) {
    this.in = in;
    this.discarded = offset;
  }

  /** The offset of the next byte in the data. */
  long offset() {
    return discarded + position;
  }

  /** The next byte (0-255), or -1 at the end. */
  int read() throws IOException {
    if (position == limit && !fill(1)) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  /** The byte {@code ahead} places on (0 = the next), without consuming it, or -1 past the end. */
  int peek(int ahead) throws IOException {
    if (position + ahead >= limit && !fill(ahead + 1)) {
      return -1;
    }
    return buffer[position + ahead] & 0xFF;
  }

  void skip(int count) {
    position += count;
  }

  /** Makes at least {@code wanted} unread bytes available; false when the stream ends first. */
  private boolean fill(int wanted) throws IOException {
    if (position > 0) {
      discarded += position;
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    while (limit < wanted) {
      int n = in.read(buffer, limit, SIZE - limit);
      if (n < 0) {
        return false;
      }
      limit += n;
    }
    return true;
  }
}
