package io.tradelane.x12;

import java.util.List;

/**
 * The body (between ST and SE) of one 997 or 999 acknowledging one received functional group, with
 * the set code to put in ST01, the implementation reference for GS08/ST03 (empty for a 997) and the
 * group it acknowledges.
 */
public record FunctionalAck(
    String setCode, String implementationReference, GroupHeader acknowledged, List<Segment> body) {

  public FunctionalAck {
    body = List.copyOf(body);
  }
}
