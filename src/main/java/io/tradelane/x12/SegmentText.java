package io.tradelane.x12;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits X12 text this hub wrote or stored back into segments: a whole interchange (its delimiters
 * read from the ISA's fixed positions), or the text of one received set as stored, one segment per
 * line, each ending in the partner's segment terminator. Text that holds neither gives no segments.
 */
public final class SegmentText {

  private static final int ISA_LENGTH = 106;

  private SegmentText() {}

  /** The segments of {@code text}, in order; lines that are not segments are left out. */
  public static List<Segment> split(String text) {
    String t = text == null ? "" : text.stripLeading();
    if (t.startsWith("ISA") && t.length() >= ISA_LENGTH) {
      return split(t, t.charAt(3), t.charAt(ISA_LENGTH - 1));
    }
    int firstEnd = t.indexOf('\n');
    String first = (firstEnd < 0 ? t : t.substring(0, firstEnd)).strip();
    int tagEnd = 0;
    while (tagEnd < first.length() && Character.isLetterOrDigit(first.charAt(tagEnd))) {
      tagEnd++;
    }
    if (tagEnd < 2 || tagEnd >= first.length() - 1) {
      return List.of();
    }
    return split(t, first.charAt(tagEnd), first.charAt(first.length() - 1));
  }

  private static List<Segment> split(String text, char element, char terminator) {
    List<Segment> segments = new ArrayList<>();
    for (String raw : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
      String s = raw.strip();
      int sep = s.indexOf(element);
      String tag = sep < 0 ? s : s.substring(0, sep);
      if (tag.length() < 2
          || tag.length() > 3
          || !tag.chars().allMatch(Character::isLetterOrDigit)) {
        continue;
      }
      List<String> elements =
          sep < 0
              ? List.of()
              : Arrays.asList(
                  s.substring(sep + 1)
                      .split(java.util.regex.Pattern.quote(String.valueOf(element)), -1));
      segments.add(new Segment(tag, elements));
    }
    return segments;
  }
}
