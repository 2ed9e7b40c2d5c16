package io.tradelane.x12;

import io.xlate.edi.stream.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a {@link Segment} from StAEDI's element events: components joined by the component
 * separator, repetitions by the repetition separator, as they stood in the data.
 */
final class SegmentCollector {

  private final Delimiters delimiters;
  private final List<StringBuilder> elements = new ArrayList<>();
  private String tag = "";

  SegmentCollector(Delimiters delimiters) {
    this.delimiters = delimiters;
  }

  void start(String segmentTag) {
    tag = segmentTag;
    elements.clear();
  }

  String tag() {
    return tag;
  }

  void element(Location at, String text) {
    int position = at.getElementPosition();
    if (position < 1) {
      return;
    }
    while (elements.size() < position) {
      elements.add(new StringBuilder());
    }
    StringBuilder value = elements.get(position - 1);
    int component = at.getComponentPosition();
    if (component > 1) {
      value.append(delimiters.component());
    } else if (at.getElementOccurrence() > 1 && delimiters.hasRepetition()) {
      value.append(delimiters.repetition());
    }
    value.append(text == null ? "" : text);
  }

  Segment finish() {
    List<String> values = new ArrayList<>(elements.size());
    elements.forEach(e -> values.add(e.toString()));
    while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
      values.remove(values.size() - 1);
    }
    return new Segment(tag, values);
  }
}
