package io.tradelane.backoffice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (hex) of what a message says, written as canonical text, so that the same content
 * sent again is recognised whatever its layout (JSON or CSV, spacing, order of keys).
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(String canonicalText) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
