package io.tradelane.transport;

import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed MDN (RFC 4130) as a partner's AS2 server sent it, read from its raw bytes so that its
 * signature is checked over exactly what was signed: a {@code multipart/signed} whose first part is
 * the {@code multipart/report} with the disposition notification and whose second part is the
 * detached PKCS #7 signature.
 */
final class Mdn {

  private static final Pattern BOUNDARY =
      Pattern.compile("boundary\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);

  private final byte[] signedPart;
  private final byte[] signature;
  private final Map<String, String> fields;

  private Mdn(byte[] signedPart, byte[] signature, Map<String, String> fields) {
    this.signedPart = signedPart;
    this.signature = signature;
    this.fields = fields;
  }

  /**
   * @param contentType the Content-Type header of the answer
   * @param body the body of the answer
   * @throws IllegalStateException when it is no signed MDN
   */
  static Mdn read(String contentType, byte[] body) {
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/signed")) {
      throw new IllegalStateException(
          "the partner's answer is not a signed MDN (Content-Type: " + contentType + ")");
    }
    byte[][] parts = parts(body, boundary(contentType));
    if (parts.length < 2) {
      throw new IllegalStateException("the partner's signed MDN has no signature part");
    }
    return new Mdn(parts[0], signature(parts[1]), notification(parts[0]));
  }

  /** Checks signature, our Message-ID, the disposition and the MIC; throws saying what is wrong. */
  void check(String messageId, String mic, Certificate partnerCertificate, String partnerAs2Id) {
    if (!As2Channel.signedBy(signedPart, signature, partnerCertificate)) {
      throw new IllegalStateException(
          "the partner's MDN is not signed with its certificate (as2 partner "
              + partnerAs2Id
              + ")");
    }
    String original = field("original-message-id").orElse("");
    if (!original.equals(messageId)) {
      throw new IllegalStateException(
          "the MDN answers " + original + ", not the message sent (" + messageId + ")");
    }
    String disposition = field("disposition").orElse("");
    String result = disposition.substring(disposition.indexOf(';') + 1).trim();
    if (!result.toLowerCase(Locale.ROOT).startsWith("processed")
        || result.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("processed/error")) {
      throw new IllegalStateException("the partner refused it: " + disposition);
    }
    String received = field("received-content-mic").orElse("");
    String value = received.split(",")[0].trim();
    if (!value.equals(mic)) {
      throw new IllegalStateException(
          "the MDN's Received-Content-MIC "
              + (received.isEmpty() ? "is missing" : "is " + received)
              + ", not the sha-256 MIC of what we sent ("
              + mic
              + ")");
    }
  }

  /** The disposition report as the partner wrote it. */
  String text() {
    return new String(signedPart, StandardCharsets.ISO_8859_1);
  }

  private Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  static String boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw new IllegalStateException("no boundary in " + contentType);
    }
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  /** The parts of a multipart body, each exactly as sent (headers and content, no final CRLF). */
  static byte[][] parts(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    java.util.List<byte[]> parts = new java.util.ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // the closing delimiter
      }
      start = skipLineEnd(body, start);
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        break;
      }
      int end = next;
      if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
        end -= 2;
      } else if (end >= 1 && body[end - 1] == '\n') {
        end -= 1;
      }
      parts.add(Arrays.copyOfRange(body, start, Math.max(start, end)));
      at = next;
    }
    return parts.toArray(new byte[0][]);
  }

  private static int skipLineEnd(byte[] body, int at) {
    while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
      at++;
    }
    if (at < body.length && body[at] == '\r') {
      at++;
    }
    if (at < body.length && body[at] == '\n') {
      at++;
    }
    return at;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A MIME part split into its (unfolded, lower-case named) headers and its content. */
  private record Part(Map<String, String> headers, String content) {
    static Part of(byte[] raw) {
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      int skip = 4;
      if (split < 0) {
        split = text.indexOf("\n\n");
        skip = 2;
      }
      String head = split < 0 ? text : text.substring(0, split);
      String content = split < 0 ? "" : text.substring(split + skip);
      return new Part(fields(head), content);
    }
  }

  /** Header or notification fields: "Name: value" lines, folded lines joined. */
  private static Map<String, String> fields(String block) {
    Map<String, String> fields = new LinkedHashMap<>();
    String unfolded = block.replaceAll("\r?\n[ \t]+", " ");
    for (String line : unfolded.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.putIfAbsent(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return fields;
  }

  private static byte[] signature(byte[] raw) {
    Part part = Part.of(raw);
    String encoding = part.headers().getOrDefault("content-transfer-encoding", "binary");
    if (encoding.equalsIgnoreCase("base64")) {
      return Base64.getMimeDecoder().decode(part.content().trim());
    }
    byte[] content = part.content().getBytes(StandardCharsets.ISO_8859_1);
    return content;
  }

  /** The fields of the disposition notification inside the report. */
  private static Map<String, String> notification(byte[] report) {
    Part outer = Part.of(report);
    String type = outer.headers().getOrDefault("content-type", "");
    if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
      throw new IllegalStateException("the signed MDN holds no report but " + type);
    }
    byte[] content = outer.content().getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] raw : parts(content, boundary(type))) {
      Part part = Part.of(raw);
      if (part.headers()
          .getOrDefault("content-type", "")
          .toLowerCase(Locale.ROOT)
          .startsWith("message/disposition-notification")) {
        return fields(part.content());
      }
    }
    throw new IllegalStateException("the MDN report holds no disposition notification");
  }
}
