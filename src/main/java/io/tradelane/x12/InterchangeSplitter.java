package io.tradelane.x12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a byte stream into interchanges, one at a time, so that memory holds at most one. Bytes map
 * one to one onto ISO-8859-1 characters, so the text can be turned back into the original bytes.
 * Whatever is not an interchange (junk, a broken ISA) comes out as an unreadable entry.
 */
final class InterchangeSplitter {

  private static final String BOM = "\u00EF\u00BB\u00BF";
  private static final int JUNK_EXCERPT = 40;
  private static final int MAX_ISA = 300;
  private final PushbackReader in;

  InterchangeSplitter(InputStream stream) {
    this.in =
        new PushbackReader(
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.ISO_8859_1)), 8);
  }

  /** The next interchange or unreadable stretch, or null at the end of the stream. */
  RawInterchange next() throws IOException {
    StringBuilder junk = new StringBuilder();
    int skipped = skipToIsa(junk);
    if (skipped > 0) {
      return RawInterchange.unreadable(
          InterchangeNote.INVALID_CONTENT,
          "skipped "
              + skipped
              + " characters that are not an interchange, starting '"
              + junk
              + "'");
    }
    String isa = readIsa();
    if (isa.length() < 3) {
      return null;
    }
    if (isa.chars().filter(c -> c == isa.charAt(3)).count() != IsaLayout.ELEMENTS
        || IsaLayout.terminatorProblem(isa).isPresent()) {
      return brokenIsa(isa);
    }
    EnvelopeError layout =
        IsaLayout.problem(isa)
            .map(p -> new EnvelopeError(InterchangeNote.INVALID_CONTENT, p))
            .orElse(null);
    return body(isa, IsaLayout.delimiters(isa), layout);
  }

  private RawInterchange brokenIsa(String isa) throws IOException {
    int rest = skipToIsa(new StringBuilder());
    String why =
        IsaLayout.terminatorProblem(isa).orElse("ISA does not have 16 elements and a terminator");
    return RawInterchange.unreadable(
        rest == 0 && isa.length() < IsaLayout.LENGTH
            ? InterchangeNote.PREMATURE_END_OF_FILE
            : InterchangeNote.INVALID_CONTENT,
        why + "; skipped " + (isa.length() + rest) + " characters up to the next ISA");
  }

  /** Reads "ISA", 16 element separators, ISA16 and the terminator; less at the end of data. */
  private String readIsa() throws IOException {
    StringBuilder isa = new StringBuilder(read(4));
    if (isa.length() < 4) {
      return isa.toString();
    }
    char element = isa.charAt(3);
    int separators = 1;
    int c;
    while (separators < IsaLayout.ELEMENTS && isa.length() < MAX_ISA && (c = in.read()) != -1) {
      isa.append((char) c);
      separators += c == element ? 1 : 0;
    }
    return isa.append(read(2)).toString();
  }

  private RawInterchange body(String isa, Delimiters d, EnvelopeError layout) throws IOException {
    StringBuilder text = new StringBuilder(isa);
    while (true) {
      skipLineBreaks(d);
      String tag = readTag(d);
      if (tag.isEmpty()) {
        return new RawInterchange(isa, text.toString(), d, false, layout);
      }
      if (tag.equals("ISA" + d.element())) {
        in.unread(tag.toCharArray());
        return new RawInterchange(isa, text.toString(), d, false, layout);
      }
      text.append(tag);
      boolean terminated = readRest(text, d.segment());
      if (tag.equals("IEA" + d.element()) || !terminated) {
        return new RawInterchange(isa, text.toString(), d, terminated, layout);
      }
    }
  }

  /** Reads up to and including the first element separator or terminator, at most four chars. */
  private String readTag(Delimiters d) throws IOException {
    StringBuilder tag = new StringBuilder();
    int c;
    while (tag.length() < 4 && (c = in.read()) != -1) {
      tag.append((char) c);
      if (c == d.element() || c == d.segment()) {
        break;
      }
    }
    return tag.toString();
  }

  private boolean readRest(StringBuilder text, char terminator) throws IOException {
    if (text.charAt(text.length() - 1) == terminator) {
      return true;
    }
    int c;
    while ((c = in.read()) != -1) {
      text.append((char) c);
      if (c == terminator) {
        return true;
      }
    }
    return false;
  }

  private void skipLineBreaks(Delimiters d) throws IOException {
    int c;
    while ((c = in.read()) != -1) {
      if (c == d.segment() || !Character.isWhitespace(c)) {
        in.unread(c);
        return;
      }
    }
  }

  /**
   * Skips to the next "ISA" followed by a separator; returns how many non-blank chars it passed.
   */
  private int skipToIsa(StringBuilder excerpt) throws IOException {
    int skipped = 0;
    int c;
    while ((c = in.read()) != -1) {
      if (c == 'I' && lookingAt("SA")) {
        in.unread(c);
        return skipped;
      }
      boolean blank = Character.isWhitespace(c) || BOM.indexOf(c) >= 0;
      skipped += blank ? 0 : 1;
      if (skipped > 0 && excerpt.length() < JUNK_EXCERPT && c >= ' ') {
        excerpt.append((char) c);
      }
    }
    return skipped;
  }

  private boolean lookingAt(String expected) throws IOException {
    String ahead = read(expected.length() + 1);
    in.unread(ahead.toCharArray());
    return ahead.length() == expected.length() + 1
        && ahead.startsWith(expected)
        && !Character.isLetterOrDigit(ahead.charAt(expected.length()));
  }

  private String read(int length) throws IOException {
    StringBuilder text = new StringBuilder(length);
    int c;
    while (text.length() < length && (c = in.read()) != -1) {
      text.append((char) c);
    }
    return text.toString();
  }
}
