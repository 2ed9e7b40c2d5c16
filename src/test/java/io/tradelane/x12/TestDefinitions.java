package io.tradelane.x12;

import io.tradelane.x12.definition.CompositeType;
import io.tradelane.x12.definition.DataType;
import io.tradelane.x12.definition.ElementType;
import io.tradelane.x12.definition.ElementUse;
import io.tradelane.x12.definition.LoopNode;
import io.tradelane.x12.definition.SegmentNode;
import io.tradelane.x12.definition.SegmentType;
import io.tradelane.x12.definition.StructureNode;
import io.tradelane.x12.definition.SyntaxRule;
import io.tradelane.x12.definition.TransactionDefinition;
import java.util.List;
import java.util.Set;

/** Small definitions built in code, so that each validator rule is tested on its own. */
final class TestDefinitions {

  private TestDefinitions() {}

  static ElementUse element(String number, DataType type, int min, int max, boolean required) {
    return new ElementUse(new ElementType(number, type, min, max, Set.of()), null, required, 1);
  }

  static ElementUse code(String number, boolean required, String... codes) {
    return new ElementUse(
        new ElementType(number, DataType.IDENTIFIER, 2, 2, Set.of(codes)), null, required, 1);
  }

  static ElementUse repeating(ElementUse use, int times) {
    return new ElementUse(use.simple(), use.composite(), use.required(), times);
  }

  static ElementUse composite(
      String name, boolean required, List<SyntaxRule> rules, ElementUse... components) {
    return new ElementUse(null, new CompositeType(name, List.of(components), rules), required, 1);
  }

  static SegmentType segment(String tag, ElementUse... elements) {
    return new SegmentType(tag, List.of(elements), 0, List.of());
  }

  static SegmentNode place(String tag, int min, int max) {
    return new SegmentNode(segment(tag), min, max);
  }

  static LoopNode loop(String code, int min, int max, StructureNode... children) {
    return new LoopNode(code, min, max, List.of(children));
  }

  static TransactionDefinition transaction(Set<String> tags, StructureNode... body) {
    return new TransactionDefinition("999", "005010", loop("", 1, 1, body), tags);
  }
}
