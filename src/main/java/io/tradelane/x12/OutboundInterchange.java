package io.tradelane.x12;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An interchange to send, holding one functional group: our ISA qualifier and ID, the partner's,
 * the GS sender and receiver codes, GS08 (004010, 005010 or an implementation reference such as
 * 005010X231A1; ISA12 follows from its first five characters), the GS01 functional ID (PR for 855,
 * FA for 997/999), the partner's delimiters, ISA13 and GS06 control numbers, the date and time
 * written to ISA and GS, the usage indicator (P or T), whether we ask for a TA1, and the sets.
 */
public record OutboundInterchange(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String groupSenderCode,
    String groupReceiverCode,
    String version,
    String functionalId,
    Delimiters delimiters,
    long interchangeControlNumber,
    long groupControlNumber,
    LocalDateTime timestamp,
    String usage,
    boolean ackRequested,
    List<OutboundSet> sets) {

  public OutboundInterchange {
    sets = List.copyOf(sets);
  }

  /** ISA12: the first five characters of GS08. */
  public String controlVersion() {
    return version.substring(0, Math.min(5, version.length()));
  }
}
