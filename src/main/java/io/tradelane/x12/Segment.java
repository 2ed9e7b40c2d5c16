package io.tradelane.x12;

import java.util.List;

/**
 * One segment as read or to be written: its tag and its elements, element 1 first. A composite
 * element keeps its components joined by the interchange's component separator; an absent trailing
 * element is simply not in the list.
 */
public record Segment(String tag, List<String> elements) {

  public Segment {
    elements = List.copyOf(elements);
  }

  public static Segment of(String tag, String... elements) {
    return new Segment(tag, List.of(elements));
  }

  /** The element at a 1-based position, or the empty string when the segment is shorter. */
  public String element(int position) {
    return position >= 1 && position <= elements.size() ? elements.get(position - 1) : "";
  }
}
