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

  /** A rendered interchange and what pre-send validation found wrong with it (empty: valid). */
  public record Rendered(String content, List<String> errors) {}

  private final HubIdentity hub;
  private final X12Writer writer = new X12Writer();
  private final OutboundValidator validator = new OutboundValidator();

  public EnvelopeWriter(HubIdentity hub) {
    this.hub = hub;
  }

  public Rendered render(
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
    if (ta1) {
      String text = writer.writeInterchangeAck(interchange, request.sets().get(0).get(0));
      return new Rendered(text, List.of());
    }
    String text = writer.write(interchange);
    return new Rendered(text, validator.validate(text));
  }
}
