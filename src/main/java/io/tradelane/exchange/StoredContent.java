package io.tradelane.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stored bytes as they are read back: hashed on the way, and checked against the size and SHA-256
 * recorded when they were stored once the end is reached, so that damaged or replaced content fails
 * the read instead of being translated.
 */
final class StoredContent extends FilterInputStream {

  private final MessageDigest digest = sha256();
  private final String key;
  private final String sha256;
  private final long size;
  private long read;
  private boolean checked;

  StoredContent(InputStream in, String key, String sha256, long size) {
    super(in);
    this.key = key;
    this.sha256 = sha256;
    this.size = size;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      check();
    } else {
      digest.update((byte) b);
      read++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      check();
    } else {
      digest.update(buffer, offset, n);
      read += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipping would leave bytes out of the hash: read them instead
    return n <= 0 ? 0 : readNBytes((int) Math.min(n, 8192)).length;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check() throws IOException {
    if (checked) {
      return;
    }
    checked = true;
    String actual = HexFormat.of().formatHex(digest.digest());
    if (read != size || !actual.equals(sha256)) {
      throw new IOException(
          "stored content "
              + key
              + " is damaged: read "
              + read
              + " bytes with SHA-256 "
              + actual
              + ", stored "
              + size
              + " bytes with SHA-256 "
              + sha256);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
