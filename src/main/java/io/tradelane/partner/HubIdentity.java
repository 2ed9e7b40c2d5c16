package io.tradelane.partner;

/**
 * Who we are in what we exchange: ISA and GS identifiers, the warehouse we allocate from, our GS1
 * company prefix and the usage indicator (ISA15) of what we send.
 */
public record HubIdentity(
    String isaQualifier,
    String isaId,
    String gsId,
    String warehouse,
    String gs1CompanyPrefix,
    String usage) {}
