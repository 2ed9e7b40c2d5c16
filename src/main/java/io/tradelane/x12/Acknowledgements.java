package io.tradelane.x12;

import java.util.List;
import java.util.Optional;

/**
 * What to send back for one received interchange: a TA1 segment (null when none is due) and one
 * functional acknowledgement per functional group (none when the interchange was rejected).
 */
public record Acknowledgements(Segment interchangeAck, List<FunctionalAck> groupAcks) {

  public Acknowledgements {
    groupAcks = List.copyOf(groupAcks);
  }

  /** The TA1, when one is due. */
  public Optional<Segment> ta1() {
    return Optional.ofNullable(interchangeAck);
  }
}
