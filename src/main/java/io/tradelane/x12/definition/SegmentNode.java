package io.tradelane.x12.definition;

/** A segment's place in a segment table. */
public record SegmentNode(SegmentType type, int minOccurs, int maxOccurs) implements StructureNode {

  @Override
  public String trigger() {
    return type.tag();
  }
}
