package io.tradelane.exchange;

import io.tradelane.partner.HubIdentity;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.x12.Delimiters;
import io.tradelane.x12.Segment;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Puts outbound transaction sets into their envelope for one partner: ISA/GS/ST...SE/GE/IEA with
 * our identity as the partner knows it, the partner's version and delimiters, the control numbers
 * given, and counts computed; a TA1 goes alone between ISA and IEA. Values holding a delimiter are
 * refused rather than written into a broken document.
 */
public final class EnvelopeWriter {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  /** A rendered interchange and what pre-send validation found wrong with it (empty: valid). */
  public record Rendered(String content, List<String> errors) {}

  private final HubIdentity hub;

  public EnvelopeWriter(HubIdentity hub) {
    this.hub = hub;
  }

  public Rendered render(
      OutboundDocuments.Request request, long isaNumber, LongSupplier gsNumbers, LongSupplier stNumbers, Clock clock) {
    PartnerProfile partner = request.partner();
    HubIdentity us = hub.asSeenBy(partner);
    LocalDateTime now = LocalDateTime.now(clock);
    String isa13 = String.format("%09d", isaNumber);
    List<Segment> segments = new ArrayList<>();
    segments.add(isa(partner, us, isa13, now));
    if ("TA1".equals(request.docType())) {
      request.sets().forEach(segments::addAll);
      segments.add(Segment.of("IEA", "0", isa13));
    } else {
      long gs = gsNumbers.getAsLong();
      String version = request.implementationReference() == null ? partner.version() : request.implementationReference();
      segments.add(Segment.of("GS", request.functionalId(), us.gsId(), partner.gsId(), now.format(CCYYMMDD), now.format(HHMM), Long.toString(gs), "X", version));
      for (List<Segment> body : request.sets()) {
        String st02 = String.format("%04d", stNumbers.getAsLong());
        segments.add(
            request.implementationReference() == null
                ? Segment.of("ST", request.docType(), st02)
                : Segment.of("ST", request.docType(), st02, request.implementationReference()));
        segments.addAll(body);
        segments.add(Segment.of("SE", Integer.toString(body.size() + 2), st02));
      }
      segments.add(Segment.of("GE", Integer.toString(request.sets().size()), Long.toString(gs)));
      segments.add(Segment.of("IEA", "1", isa13));
    }
    return new Rendered(text(segments, partner.delimiters()), List.of());
  }

  private static Segment isa(PartnerProfile partner, HubIdentity us, String isa13, LocalDateTime now) {
    Delimiters d = partner.delimiters();
    return Segment.of(
        "ISA", "00", " ".repeat(10), "00", " ".repeat(10),
        us.isaQualifier(), pad(us.isaId(), 15),
        partner.isaQualifier(), pad(partner.isaId(), 15),
        now.format(YYMMDD), now.format(HHMM),
        d.hasRepetition() && partner.is5010() ? String.valueOf(d.repetition()) : "U",
        partner.controlVersion(), isa13, "0", us.usage(), String.valueOf(d.component()));
  }

  private static String pad(String value, int width) {
    if (value.length() > width) {
      throw new IllegalArgumentException("'" + value + "' is longer than " + width + " characters");
    }
    return value + " ".repeat(width - value.length());
  }

  static String text(List<Segment> segments, Delimiters d) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      out.append(s.tag());
      boolean isa = "ISA".equals(s.tag());
      for (int i = 0; i < s.elements().size(); i++) {
        String value = s.elements().get(i);
        if (!(isa && i == 15)) {
          refuseDelimiters(value, d);
        }
        out.append(d.element()).append(value);
      }
      out.append(d.segment()).append('\n');
    }
    return out.toString();
  }

  private static void refuseDelimiters(String value, Delimiters d) {
    for (char c : value.toCharArray()) {
      if (c == d.element() || c == d.segment() || (d.hasRepetition() && c == d.repetition())) {
        throw new IllegalArgumentException("value '" + value + "' holds a delimiter ('" + c + "')");
      }
    }
  }
}
