package io.tradelane.x12.definition;

import java.util.Set;

/**
 * A simple data element: its X12 reference number, type, length bounds and, for the elements we act
 * on, the codes we accept (empty: any value of the right form).
 */
public record ElementType(
    String number, DataType type, int minLength, int maxLength, Set<String> codes) {

  public ElementType {
    codes = Set.copyOf(codes);
  }
}
