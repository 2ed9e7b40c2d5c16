package io.tradelane.x12.definition;

import java.util.List;

/**
 * A segment: its typed positions, how many further positions it accepts unchecked (the standard's
 * elements of segments we do not act on), and the syntax rules between its elements.
 */
public record SegmentType(
    String tag, List<ElementUse> elements, int looseElements, List<SyntaxRule> rules) {

  public SegmentType {
    elements = List.copyOf(elements);
    rules = List.copyOf(rules);
  }

  /** How many element positions the segment may have. */
  public int maxElements() {
    return elements.size() + looseElements;
  }
}
