package io.tradelane.x12;

/**
 * What the ISA of a received interchange says: who sent it to whom, its control number, version,
 * whether the sender asks for a TA1 (ISA14 = 1) and its usage indicator (P or T).
 */
public record InterchangeHeader(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String date,
    String time,
    String controlVersion,
    String controlNumber,
    boolean ackRequested,
    String usage,
    Delimiters delimiters) {}
