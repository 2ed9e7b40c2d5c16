package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ISA: by the standard 106 characters with separators at fixed offsets. The delimiters are
 * taken from it by counting element separators, so that an ISA whose fields are not padded can
 * still be read (and reported) rather than lost.
 */
final class IsaLayout {

  static final int LENGTH = 106;
  static final int ELEMENTS = 16;
  private static final int[] SEPARATOR_OFFSETS = {
    3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103
  };

  /** The widths ISA02, ISA04, ISA06 and ISA08 are padded to. */
  private static final int[] PADDED_WIDTHS = {0, 0, 10, 0, 10, 0, 15, 0, 15};

  private static final InterchangeNote[] NOTES = {
    InterchangeNote.INVALID_AUTHORIZATION_QUALIFIER,
    InterchangeNote.INVALID_AUTHORIZATION_VALUE,
    InterchangeNote.INVALID_SECURITY_QUALIFIER,
    InterchangeNote.INVALID_SECURITY_VALUE,
    InterchangeNote.INVALID_SENDER_QUALIFIER,
    InterchangeNote.INVALID_SENDER_ID,
    InterchangeNote.INVALID_RECEIVER_QUALIFIER,
    InterchangeNote.INVALID_RECEIVER_ID,
    InterchangeNote.INVALID_DATE,
    InterchangeNote.INVALID_TIME,
    InterchangeNote.INVALID_STANDARDS_ID,
    InterchangeNote.INVALID_VERSION_ID,
    InterchangeNote.INVALID_CONTROL_NUMBER,
    InterchangeNote.INVALID_ACK_REQUESTED,
    InterchangeNote.INVALID_TEST_INDICATOR,
    InterchangeNote.INVALID_COMPONENT_SEPARATOR
  };

  private IsaLayout() {}

  /** The TA105 note for an error in ISA element 1 to 16. */
  static InterchangeNote note(int element) {
    return element >= 1 && element <= NOTES.length
        ? NOTES[element - 1]
        : InterchangeNote.INVALID_CONTENT;
  }

  /**
   * The ISA as a segment, its text fields brought back to their fixed widths when the sender did
   * not pad them (trailing blanks dropped, then padded), so that only real faults are reported.
   */
  static Segment padded(String isa) {
    String[] f = fields(isa);
    List<String> elements = new ArrayList<>(ELEMENTS);
    for (int i = 1; i < f.length; i++) {
      int width = i < PADDED_WIDTHS.length ? PADDED_WIDTHS[i] : 0;
      String value = f[i];
      if (width > 0 && value.length() != width) {
        String stripped = value.stripTrailing();
        value =
            stripped.length() <= width
                ? (stripped + " ".repeat(width)).substring(0, width)
                : stripped;
      }
      elements.add(value);
    }
    return new Segment("ISA", elements);
  }

  /** Why a complete ISA (from "ISA" to its terminator) is not fixed-width, or empty. */
  static Optional<String> problem(String isa) {
    if (isa.length() != LENGTH) {
      return Optional.of("ISA has " + isa.length() + " characters, not " + LENGTH);
    }
    char element = isa.charAt(3);
    for (int offset : SEPARATOR_OFFSETS) {
      if (isa.charAt(offset) != element) {
        return Optional.of("ISA is not fixed-width: no element separator at offset " + offset);
      }
    }
    return Optional.empty();
  }

  /** Why the segment terminator of a complete ISA is unusable, or empty. */
  static Optional<String> terminatorProblem(String isa) {
    char terminator = isa.charAt(isa.length() - 1);
    char element = isa.charAt(3);
    char component = isa.charAt(isa.length() - 2);
    if (terminator < 0x80 && Character.isLetterOrDigit(terminator)
        || terminator == element
        || terminator == component) {
      return Optional.of(
          "ISA16 is followed by an unusable segment terminator '" + terminator + "'");
    }
    return Optional.empty();
  }

  private static Delimiters delimiters(String isa, String[] fields) {
    String isa11 = fields[11];
    // before 00402 ISA11 is the standards identifier U, not a separator
    boolean hasRepetition = isa11.length() == 1 && !Character.isLetterOrDigit(isa11.charAt(0));
    return new Delimiters(
        isa.charAt(3),
        isa.charAt(isa.length() - 1),
        isa.charAt(isa.length() - 2),
        hasRepetition ? isa11.charAt(0) : 0);
  }

  /** What the ISA says, its delimiters included. */
  static InterchangeHeader header(String isa) {
    String[] f = fields(isa);
    return new InterchangeHeader(
        f[5].trim(),
        f[6].trim(),
        f[7].trim(),
        f[8].trim(),
        f[9],
        f[10],
        f[12],
        f[13],
        "1".equals(f[14]),
        f[15],
        delimiters(isa, f));
  }

  private static String[] fields(String isa) {
    return isa.substring(0, isa.length() - 1).split(Pattern.quote(isa.substring(3, 4)), -1);
  }
}
