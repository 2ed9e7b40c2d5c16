package io.tradelane.x12.definition;

import java.util.List;

/**
 * A loop: its code (the X12 loop identifier, e.g. {@code PO1}), repeat bounds and its children in
 * order; the first child is the segment that begins each iteration.
 */
public record LoopNode(String code, int minOccurs, int maxOccurs, List<StructureNode> children)
    implements StructureNode {

  public LoopNode {
    children = List.copyOf(children);
    if (children.isEmpty() || !(children.get(0) instanceof SegmentNode)) {
      throw new IllegalArgumentException("loop " + code + " must begin with a segment");
    }
  }

  @Override
  public String trigger() {
    return children.get(0).trigger();
  }
}
