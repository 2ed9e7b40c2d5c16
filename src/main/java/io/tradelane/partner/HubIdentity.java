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
    String usage) {

  /** Our identity as a partner addresses us: its profile's {@code us.*} keys over the hub's own. */
  public HubIdentity asSeenBy(PartnerProfile partner) {
    PartnerProfile.AddressedAs as = partner.usAs();
    return new HubIdentity(
        as.isaQualifier() == null ? isaQualifier : as.isaQualifier(),
        as.isaId() == null ? isaId : as.isaId(),
        as.gsId() == null ? gsId : as.gsId(),
        warehouse,
        gs1CompanyPrefix,
        usage);
  }
}
