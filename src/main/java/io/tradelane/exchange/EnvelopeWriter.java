package io.tradelane.exchange;

import io.tradelane.partner.HubIdentity;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.x12.OutboundInterchange;
import io.tradelane.x12.OutboundSet;
import io.tradelane.x12.OutboundValidator;
import io.tradelane.x12.X12Writer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Puts outbound transaction sets into their envelope for one partner (our identity as the partner
 * knows it, the partner's version and delimiters, the control numbers given) and checks the result
 * against the definitions of what we send before anyone can deliver it.
 */
public final class EnvelopeWriter {

  private final HubIdentity hub;
  private final X12Writer writer = new X12Writer();
  private final OutboundValidator validator = new OutboundValidator();

  public EnvelopeWriter(HubIdentity hub) {
    this.hub = hub;
  }

  /**
   * The interchange as text, with the control numbers given.
   *
   * @throws IllegalArgumentException when a value cannot be written (too long, holds a delimiter)
   */
  public String render(
      OutboundDocuments.Request request,
      long isaNumber,
      LongSupplier gsNumbers,
      LongSupplier stNumbers,
      Clock clock) {
    PartnerProfile partner = request.partner();
    HubIdentity us = hub.asSeenBy(partner);
    boolean ta1 = "TA1".equals(request.docType());
    String version =
        request.implementationReference() == null
            ? partner.version()
            : request.implementationReference();
    List<OutboundSet> sets = new ArrayList<>();
    if (!ta1) {
      for (var body : request.sets()) {
        String st02 = String.format("%04d", stNumbers.getAsLong());
        String reference =
            request.implementationReference() == null ? "" : request.implementationReference();
        sets.add(new OutboundSet(request.docType(), st02, reference, body));
      }
    }
    OutboundInterchange interchange =
        new OutboundInterchange(
            us.isaQualifier(),
            us.isaId(),
            partner.isaQualifier(),
            partner.isaId(),
            us.gsId(),
            partner.gsId(),
            version,
            ta1 ? "" : request.functionalId(),
            partner.delimiters(),
            isaNumber,
            ta1 ? 0 : gsNumbers.getAsLong(),
            LocalDateTime.now(clock),
            us.usage(),
            false,
            sets);
    return ta1
        ? writer.writeInterchangeAck(interchange, request.sets().get(0).get(0))
        : writer.write(interchange);
  }

  /**
   * What the definitions of what we send find wrong with a rendered interchange (empty: valid): its
   * envelope, its TA1 or its transaction sets.
   */
  public List<String> validate(String text) {
    return validator.validate(text);
  }
}
