package io.tradelane.x12.definition;

import java.util.List;

/**
 * An X12 syntax note between elements of one segment or components of one composite, on 1-based
 * positions.
 */
public record SyntaxRule(Kind kind, List<Integer> positions) {

  public SyntaxRule {
    positions = List.copyOf(positions);
  }

  /** The X12 relational conditions. */
  public enum Kind {
    /** P: if any is present, all are. */
    PAIRED,
    /** R: at least one is present. */
    REQUIRED,
    /** E: at most one is present. */
    EXCLUSION,
    /** C: if the first is present, all the others are. */
    CONDITIONAL,
    /** L: if the first is present, at least one of the others is. */
    LIST;

    static Kind of(String name) {
      return switch (name) {
        case "paired" -> PAIRED;
        case "required" -> REQUIRED;
        case "exclusion", "single" -> EXCLUSION;
        case "conditional" -> CONDITIONAL;
        case "list" -> LIST;
        default -> throw new IllegalArgumentException("unknown syntax rule '" + name + "'");
      };
    }
  }
}
