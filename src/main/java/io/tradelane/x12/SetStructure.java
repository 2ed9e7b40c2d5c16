package io.tradelane.x12;

import io.tradelane.x12.definition.LoopNode;
import io.tradelane.x12.definition.SegmentNode;
import io.tradelane.x12.definition.SegmentType;
import io.tradelane.x12.definition.StructureNode;
import io.tradelane.x12.definition.TransactionDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one transaction set through its segment table, segment by segment: finds where each
 * segment belongs (the current loop onward, a new iteration of a loop, or back out to an enclosing
 * loop), and reports what is out of place: missing mandatory segments and loops, segments or loops
 * repeated beyond their maximum, segments out of sequence or not in the set. A misplaced segment
 * leaves the position unchanged, as X12 translators do.
 */
final class SetStructure {

  private final TransactionDefinition definition;
  private final List<Frame> stack = new ArrayList<>();

  /** Where the reader stands in one loop: the child it is at and how often that child occurred. */
  private static final class Frame {
    final LoopNode loop;
    int index;
    int count;

    Frame(LoopNode loop) {
      this.loop = loop;
      this.count = 1;
    }
  }

  /** The result of placing one segment: its type when it was placed, and the faults found. */
  record Placement(SegmentType type, String loopId, List<PendingError> errors) {}

  SetStructure(TransactionDefinition definition) {
    this.definition = definition;
    Frame root = new Frame(definition.body());
    root.index = -1;
    root.count = 0;
    stack.add(root);
  }

  /** Places the body segment {@code tag} read at {@code position}. */
  Placement place(String tag, int position) {
    List<PendingError> errors = new ArrayList<>(0);
    for (int depth = stack.size() - 1; depth >= 0; depth--) {
      Frame frame = stack.get(depth);
      List<StructureNode> children = frame.loop.children();
      // in a loop, its first segment again begins a new iteration (below), never a repeat
      for (int i = Math.max(frame.index, depth > 0 ? 1 : 0); i < children.size(); i++) {
        StructureNode node = children.get(i);
        if (node.trigger().equals(tag)) {
          closeAbove(depth, position, errors);
          return enter(frame, i, node, tag, position, errors);
        }
      }
      if (depth > 0 && frame.loop.trigger().equals(tag)) {
        closeAbove(depth, position, errors);
        missingFrom(frame, frame.index + 1, children.size(), position, errors);
        Frame parent = stack.get(depth - 1);
        parent.count++;
        if (parent.count > frame.loop.maxOccurs()) {
          errors.add(fault(tag, position, SegmentErrorCode.LOOP_OVER_MAXIMUM, over(frame.loop)));
        }
        frame.index = 0;
        frame.count = 1;
        return placed(children.get(0), errors);
      }
    }
    SegmentErrorCode code =
        !tag.matches("[A-Z][A-Z0-9]{1,2}")
            ? SegmentErrorCode.UNRECOGNIZED_SEGMENT
            : definition.tags().contains(tag)
                ? SegmentErrorCode.NOT_IN_SEQUENCE
                : SegmentErrorCode.NOT_IN_TRANSACTION_SET;
    String rule =
        switch (code) {
          case UNRECOGNIZED_SEGMENT -> "is not a segment identifier";
          case NOT_IN_SEQUENCE -> "is not in its proper sequence";
          default -> "is not in transaction set " + definition.setCode();
        };
    errors.add(fault(tag, position, code, rule));
    return new Placement(null, loopId(), errors);
  }

  /** At SE: every mandatory segment and loop not seen yet, reported at the SE's position. */
  List<PendingError> finish(int sePosition) {
    List<PendingError> errors = new ArrayList<>(0);
    closeAbove(-1, sePosition, errors);
    return errors;
  }

  private Placement enter(
      Frame frame, int i, StructureNode node, String tag, int position, List<PendingError> errors) {
    if (i == frame.index) {
      frame.count++;
      if (frame.count > node.maxOccurs()) {
        errors.add(
            node instanceof LoopNode loop
                ? fault(tag, position, SegmentErrorCode.LOOP_OVER_MAXIMUM, over(loop))
                : fault(
                    tag,
                    position,
                    SegmentErrorCode.SEGMENT_OVER_MAXIMUM_USE,
                    "occurs more than " + node.maxOccurs() + " times"));
      }
    } else {
      int from = frame.index < 0 ? 0 : frame.index + (frame.count > 0 ? 1 : 0);
      missingFrom(frame, from, i, position, errors);
      frame.index = i;
      frame.count = 1;
    }
    if (node instanceof LoopNode loop) {
      stack.add(new Frame(loop));
      return placed(loop.children().get(0), errors);
    }
    return placed(node, errors);
  }

  /** Leaves every loop deeper than {@code depth}, reporting what each still lacked. */
  private void closeAbove(int depth, int position, List<PendingError> errors) {
    for (int d = stack.size() - 1; d > depth; d--) {
      Frame frame = stack.get(d);
      missingFrom(frame, frame.index + 1, frame.loop.children().size(), position, errors);
      if (d > 0) {
        stack.remove(d);
      } else {
        frame.index = frame.loop.children().size();
      }
    }
  }

  /** Reports the mandatory children of {@code frame} in [from, to) that never occurred. */
  private static void missingFrom(
      Frame frame, int from, int to, int position, List<PendingError> errors) {
    List<StructureNode> children = frame.loop.children();
    for (int i = Math.max(from, 0); i < to; i++) {
      StructureNode node = children.get(i);
      if (node.minOccurs() > 0) {
        errors.add(
            PendingError.segment(
                node.trigger(),
                position,
                SegmentErrorCode.MANDATORY_SEGMENT_MISSING,
                loopIdOf(frame),
                "is mandatory and missing"));
      }
    }
  }

  private Placement placed(StructureNode node, List<PendingError> errors) {
    return new Placement(((SegmentNode) node).type(), loopId(), errors);
  }

  private PendingError fault(String tag, int position, SegmentErrorCode code, String rule) {
    return PendingError.segment(tag, position, code, loopId(), rule);
  }

  private String loopId() {
    return loopIdOf(stack.get(stack.size() - 1));
  }

  private static String loopIdOf(Frame frame) {
    return frame.loop.code();
  }

  private static String over(LoopNode loop) {
    return "begins loop " + loop.code() + " more than " + loop.maxOccurs() + " times";
  }
}
