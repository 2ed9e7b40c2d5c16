package io.tradelane.x12.definition;

import java.util.List;

/** A composite data element: its components in order and the syntax rules between them. */
public record CompositeType(String name, List<ElementUse> components, List<SyntaxRule> rules) {

  public CompositeType {
    components = List.copyOf(components);
    rules = List.copyOf(rules);
  }
}
