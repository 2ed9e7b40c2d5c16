package io.tradelane.shipping;

import io.tradelane.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * One hierarchical level before it is numbered: its HL03 code, the segments that follow its HL and
 * the levels under it. {@link #flatten} numbers the tree depth first, as the 856 lists it.
 */
record HlNode(String level, List<Segment> content, List<HlNode> children) {

  HlNode {
    content = List.copyOf(content);
    children = List.copyOf(children);
  }

  /**
   * HL segments with sequential IDs (1 first), HL02 the parent's ID, HL04 1 when it has children.
   */
  static List<Segment> flatten(HlNode root) {
    List<Segment> out = new ArrayList<>();
    root.writeTo(out, "", new int[] {0});
    return out;
  }

  private void writeTo(List<Segment> out, String parent, int[] lastId) {
    String id = Integer.toString(++lastId[0]);
    out.add(Segment.of("HL", id, parent, level, children.isEmpty() ? "0" : "1"));
    out.addAll(content);
    for (HlNode child : children) {
      child.writeTo(out, id, lastId);
    }
  }
}
