package io.tradelane.x12.definition;

/** A place in a transaction set's segment table: a segment or a loop, with its repeat bounds. */
public sealed interface StructureNode permits SegmentNode, LoopNode {

  int minOccurs();

  int maxOccurs();

  /** The segment tag that begins this node: the segment's own, or the loop's first segment's. */
  String trigger();
}
