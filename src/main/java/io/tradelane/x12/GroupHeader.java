package io.tradelane.x12;

/** What the GS of a received functional group says. */
public record GroupHeader(
    String functionalId,
    String senderCode,
    String receiverCode,
    String date,
    String time,
    String controlNumber,
    String agency,
    String version) {}
