package io.tradelane.x12;

import java.util.List;

/**
 * One transaction set to send: ST01, ST02 (from the caller's control number sequence), ST03 (5010
 * implementation reference, empty for none) and its body, the segments between ST and SE.
 */
public record OutboundSet(
    String code, String controlNumber, String implementationReference, List<Segment> body) {

  public OutboundSet {
    body = List.copyOf(body);
  }

  /** A set without an implementation reference. */
  public static OutboundSet of(String code, String controlNumber, List<Segment> body) {
    return new OutboundSet(code, controlNumber, "", body);
  }
}
