package io.tradelane.ack;

import java.util.List;

/**
 * A document we sent, as an acknowledgement is matched against it.
 *
 * @param ackStatus its current acknowledgement status; null while none came and it is not overdue
 */
record SentDocument(
    long id,
    String partnerId,
    String docType,
    long interchangeControl,
    long groupControl,
    List<Long> setControls,
    AckStatus ackStatus) {

  SentDocument {
    setControls = List.copyOf(setControls);
  }

  /** Type and control numbers, for events and logs: "855 ISA13 000000002 GS06 2 ST02 0002". */
  String describe() {
    List<String> sets = setControls.stream().map(st -> String.format("%04d", st)).toList();
    return docType
        + " ISA13 "
        + String.format("%09d", interchangeControl)
        + " GS06 "
        + groupControl
        + " ST02 "
        + String.join(",", sets);
  }
}
