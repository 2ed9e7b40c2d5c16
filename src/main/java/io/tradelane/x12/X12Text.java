package io.tradelane.x12;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an X12 value into text: ASCII as it is, other bytes as UTF-8 when they are
 * valid UTF-8 and as ISO-8859-1 otherwise, so both read as their authors meant.
 */
final class X12Text {

  private X12Text() {}

  static String decode(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        try {
          return StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, to - from))
              .toString();
        } catch (CharacterCodingException e) {
          return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
      }
    }
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
