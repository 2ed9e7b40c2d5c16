package io.tradelane.x12;

import java.util.Optional;
import java.util.regex.Pattern;

/** The fixed-width ISA: 106 characters, separators at fixed offsets, delimiters taken from it. */
final class IsaLayout {

  static final int LENGTH = 106;
  private static final int[] SEPARATOR_OFFSETS = {
    3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103
  };

  private IsaLayout() {}

  /** Why the text is not a well-formed ISA, or empty when it is. */
  static Optional<String> problem(String isa) {
    if (isa.length() != LENGTH) {
      return Optional.of("ISA has " + isa.length() + " characters, not " + LENGTH);
    }
    char element = isa.charAt(3);
    for (int offset : SEPARATOR_OFFSETS) {
      if (isa.charAt(offset) != element) {
        return Optional.of(
            "ISA is not fixed-width: no element separator '" + element + "' at offset " + offset);
      }
    }
    char terminator = isa.charAt(105);
    if (Character.isLetterOrDigit(terminator) || terminator == element) {
      return Optional.of("ISA16 is followed by an invalid segment terminator '" + terminator + "'");
    }
    return Optional.empty();
  }

  static Delimiters delimiters(String isa) {
    char repetition = isa.charAt(82);
    // before 00402 ISA11 is the standards identifier U, not a separator
    boolean hasRepetition = !Character.isLetterOrDigit(repetition);
    return new Delimiters(
        isa.charAt(3), isa.charAt(105), isa.charAt(104), hasRepetition ? repetition : 0);
  }

  static InterchangeHeader header(String isa) {
    String[] f = isa.substring(0, LENGTH - 1).split(Pattern.quote(isa.substring(3, 4)), -1);
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
        delimiters(isa));
  }
}
