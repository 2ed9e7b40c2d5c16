package io.tradelane.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.ack.FunctionalAckParser;
import io.tradelane.exchange.InboundFiles.StoredFile;
import io.tradelane.order.PurchaseOrderMapper;
import io.tradelane.partner.HubIdentity;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.x12.AckBuilder;
import io.tradelane.x12.AckKind;
import io.tradelane.x12.Acknowledgements;
import io.tradelane.x12.Delimiters;
import io.tradelane.x12.EnvelopeError;
import io.tradelane.x12.FunctionalAck;
import io.tradelane.x12.FunctionalGroup;
import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeHeader;
import io.tradelane.x12.Segment;
import io.tradelane.x12.TransactionSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges one received interchange inside the translation transaction: identifies the partner by its
 * ISA sender (an unknown sender, or one writing into another partner's mailbox, is rejected and
 * nothing else happens with its data), records the interchange, answers it with the
 * acknowledgements the partner wants (TA1, 997 or 999; never an acknowledgement of an
 * acknowledgement) and stores its accepted transaction sets for their business stage.
 */
public final class InterchangeReceiver {

  private final Interchanges interchanges;
  private final DuplicateInterchanges duplicates;
  private final InboundDocuments documents;
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final HubIdentity us;
  private final HubEvents events;
  private final ObjectMapper json;
  private final AckBuilder acks = new AckBuilder();
  private final PurchaseOrderMapper purchaseOrders = new PurchaseOrderMapper();
  private final FunctionalAckParser functionalAcks = new FunctionalAckParser();

  /** The sets a business stage takes on: 850 (orders), 997 and 999 (acknowledgements). */
  private static final Set<String> READ_FOR_A_STAGE = Set.of("850", "997", "999");

  public InterchangeReceiver(
      Interchanges interchanges,
      DuplicateInterchanges duplicates,
      InboundDocuments documents,
      OutboundDocuments outbound,
      PartnerDirectory partners,
      HubIdentity us,
      HubEvents events,
      ObjectMapper json) {
    this.interchanges = interchanges;
    this.duplicates = duplicates;
    this.documents = documents;
    this.outbound = outbound;
    this.partners = partners;
    this.us = us;
    this.events = events;
    this.json = json;
  }

  /**
   * Judges, records and answers one interchange; returns a one-line outcome for the file's note.
   */
  public String receive(StoredFile file, int seq, Interchange interchange) {
    InterchangeHeader isa = interchange.header();
    String where =
        file.fileName()
            + " interchange "
            + seq
            + (isa == null ? "" : " (ISA13 " + isa.controlNumber() + ")");
    Optional<PartnerProfile> sender =
        isa == null ? Optional.empty() : partners.bySender(isa.senderQualifier(), isa.senderId());
    String refusal = refusal(file, interchange, sender);
    if (refusal != null) {
      interchanges.insert(
          file.id(),
          seq,
          sender.map(PartnerProfile::id).orElse(null),
          isa,
          Interchanges.Status.REJECTED,
          refusal);
      events.record(HubEvents.Severity.WARN, "interchange-refused", file.mailbox(), where, refusal);
      return where + ": refused, " + refusal;
    }
    PartnerProfile partner = sender.orElseThrow();
    Optional<EnvelopeError> duplicateOf = duplicates.check(partner, interchange);
    boolean duplicate = duplicateOf.isPresent();
    if (duplicate) {
      interchange = interchange.withEnvelopeError(duplicateOf.get());
    }
    List<String> errors = interchange.describeErrors();
    Interchanges.Status status =
        duplicate
            ? Interchanges.Status.DUPLICATE
            : !interchange.envelopeAccepted()
                ? Interchanges.Status.REJECTED
                : errors.isEmpty() ? Interchanges.Status.ACCEPTED : Interchanges.Status.PARTIAL;
    String detail =
        errors.isEmpty()
            ? null
            : errors.stream().map(e -> where + ": " + e).collect(Collectors.joining("\n"));
    long id = interchanges.insert(file.id(), seq, partner.id(), isa, status, detail);
    if (detail != null) {
      String kind = duplicate ? "duplicate-interchange" : "interchange-errors";
      events.record(HubEvents.Severity.WARN, kind, partner.id(), where, detail);
    }
    answer(partner, id, interchange);
    storeAccepted(partner, id, interchange);
    recordInterchangeAcks(partner, where, interchange);
    return where + ": " + status + (errors.isEmpty() ? "" : " (" + errors.size() + " errors)");
  }

  /**
   * A TA1 from the partner about one of our interchanges: recorded for the admin, a rejection as a
   * warning. It does not change the acknowledgement status of our documents (997/999 do).
   */
  private void recordInterchangeAcks(
      PartnerProfile partner, String where, Interchange interchange) {
    for (Segment ta1 : interchange.interchangeAcks()) {
      boolean rejected = "R".equals(ta1.element(4));
      events.record(
          rejected ? HubEvents.Severity.WARN : HubEvents.Severity.INFO,
          "ta1-received",
          partner.id(),
          where,
          "TA1 for our interchange "
              + ta1.element(1)
              + ": "
              + ta1.element(4)
              + ", note "
              + ta1.element(5));
    }
  }

  private String refusal(
      StoredFile file, Interchange interchange, Optional<PartnerProfile> sender) {
    InterchangeHeader isa = interchange.header();
    if (isa == null) {
      return "no readable ISA: " + String.join("; ", interchange.describeErrors());
    }
    if (sender.isEmpty()) {
      return "unknown sender " + isa.senderQualifier().trim() + "/" + isa.senderId().trim();
    }
    if (!sender.get().id().equals(file.mailbox())) {
      return "sender " + sender.get().id() + " wrote into the mailbox of " + file.mailbox();
    }
    HubIdentity addressee = us.asSeenBy(sender.get());
    if (!addressee.isaQualifier().equals(isa.receiverQualifier().trim())
        || !addressee.isaId().equals(isa.receiverId().trim())) {
      return "addressed to "
          + isa.receiverQualifier().trim()
          + "/"
          + isa.receiverId().trim()
          + ", not to us";
    }
    return null;
  }

  private void answer(PartnerProfile partner, long interchangeId, Interchange interchange) {
    Acknowledgements due = acks.build(interchange, wanted(partner), partner.delimiters());
    if (partner.ta1()) {
      due.ta1()
          .ifPresent(
              ta1 ->
                  outbound.create(
                      new OutboundDocuments.Request(
                          partner,
                          "TA1",
                          "INTERCHANGE",
                          interchangeId,
                          null,
                          null,
                          List.of(List.of(ta1)))));
    }
    // an acknowledgement is never acknowledged
    List<FunctionalAck> groupAcks =
        due.groupAcks().stream()
            .filter(a -> !"FA".equals(a.acknowledged().functionalId()))
            .toList();
    if (!groupAcks.isEmpty()) {
      FunctionalAck first = groupAcks.get(0);
      outbound.create(
          new OutboundDocuments.Request(
              partner,
              first.setCode(),
              "INTERCHANGE",
              interchangeId,
              "FA",
              first.implementationReference().isEmpty() ? null : first.implementationReference(),
              groupAcks.stream().map(FunctionalAck::body).toList()));
    }
  }

  private static Set<AckKind> wanted(PartnerProfile partner) {
    // no TA1 here: one is built when the ISA asks for it or the envelope is broken, and sent
    // when the partner's profile wants TA1s
    Set<AckKind> kinds = EnumSet.noneOf(AckKind.class);
    switch (partner.functionalAck()) {
      case "997" -> kinds.add(AckKind.FA_997);
      case "999" -> kinds.add(AckKind.FA_999);
      default -> {}
    }
    return kinds;
  }

  private void storeAccepted(PartnerProfile partner, long interchangeId, Interchange interchange) {
    if (!interchange.envelopeAccepted()) {
      return;
    }
    Delimiters delimiters = interchange.header().delimiters();
    for (FunctionalGroup group : interchange.groups()) {
      for (TransactionSet set : group.acceptedSets()) {
        store(partner, interchangeId, group.header().controlNumber(), set, delimiters);
      }
    }
  }

  private void store(
      PartnerProfile partner,
      long interchangeId,
      String group,
      TransactionSet set,
      Delimiters delimiters) {
    String content = text(set.segments(), delimiters);
    InboundDocuments.Status status = InboundDocuments.Status.STORED;
    String payload = null;
    String failure = null;
    if (READ_FOR_A_STAGE.contains(set.code())) {
      try {
        payload = json.writeValueAsString(readout(set));
        status = InboundDocuments.Status.ACCEPTED;
      } catch (RuntimeException | JsonProcessingException e) {
        status = InboundDocuments.Status.FAILED;
        failure = "cannot read the " + set.code() + ": " + e.getMessage();
      }
    }
    documents.insert(
        interchangeId,
        partner.id(),
        set.code(),
        group,
        set.controlNumber(),
        status,
        content,
        payload,
        failure);
    if (failure != null) {
      events.record(
          HubEvents.Severity.ERROR,
          "document-failed",
          partner.id(),
          set.code() + " ST02 " + set.controlNumber(),
          failure);
    }
  }

  /** What a business stage reads of a set: the order of an 850, the report of a 997/999. */
  private Object readout(TransactionSet set) {
    return "850".equals(set.code())
        ? purchaseOrders.map(set.segments())
        : functionalAcks.parse(set.code(), set.segments());
  }

  private static String text(List<Segment> segments, Delimiters d) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      out.append(s.tag());
      s.elements().forEach(e -> out.append(d.element()).append(e));
      out.append(d.segment()).append('\n');
    }
    return out.toString();
  }
}
