package io.tradelane.x12.definition;

import java.util.Set;

/**
 * A transaction set in one version: its segment table between ST and SE (the body, as a loop that
 * occurs once) and every segment tag it uses anywhere.
 */
public record TransactionDefinition(
    String setCode, String version, LoopNode body, Set<String> tags) {

  public TransactionDefinition {
    tags = Set.copyOf(tags);
  }
}
