package io.tradelane.x12;

/**
 * The separators of one interchange: taken from its ISA when reading, from the partner profile when
 * writing. {@code repetition} is {@code 0} where the version has none (before 4020, ISA11 is the
 * standards identifier {@code U}).
 */
public record Delimiters(char element, char segment, char component, char repetition) {

  /** Whether a repetition separator is in use. */
  public boolean hasRepetition() {
    return repetition != 0;
  }
}
