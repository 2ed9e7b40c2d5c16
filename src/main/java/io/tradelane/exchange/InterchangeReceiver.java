package io.tradelane.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.InboundFiles.StoredFile;
import io.tradelane.partner.HubIdentity;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.x12.AckBuilder;
import io.tradelane.x12.AckKind;
import io.tradelane.x12.Acknowledgements;
import io.tradelane.x12.EnvelopeError;
import io.tradelane.x12.FunctionalAck;
import io.tradelane.x12.FunctionalGroup;
import io.tradelane.x12.GroupHeader;
import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeHandler;
import io.tradelane.x12.InterchangeHeader;
import io.tradelane.x12.Segment;
import io.tradelane.x12.TransactionSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final HubIdentity us;
  private final HubEvents events;
  private final AcceptedSets accepted;
  private final AckBuilder acks = new AckBuilder();

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
    this.outbound = outbound;
    this.partners = partners;
    this.us = us;
    this.events = events;
    this.accepted = new AcceptedSets(documents, events, json);
  }

  /**
   * A handler that judges, records and answers the interchanges of {@code file} as they are read:
   * each accepted set is stored as soon as it is read, and taken back if its group or interchange
   * turns out to be rejected; each interchange's one-line outcome goes to {@code outcomes}.
   */
  public InterchangeHandler reception(StoredFile file, Consumer<String> outcomes) {
    return new Reception(file, outcomes);
  }

  /** The interchanges of one file, read one after the other. */
  private final class Reception implements InterchangeHandler {
    private final StoredFile file;
    private final Consumer<String> outcomes;
    private int seq;
    private Receiving open;

    Reception(StoredFile file, Consumer<String> outcomes) {
      this.file = file;
      this.outcomes = outcomes;
    }

    @Override
    public void set(InterchangeHeader isa, GroupHeader group, TransactionSet set) {
      if (open == null) {
        open = start(file, ++seq, isa);
      }
      if (open.partner != null && set.accepted()) {
        long id =
            accepted.store(open.partner, open.id, group.controlNumber(), set, isa.delimiters());
        open.stored.computeIfAbsent(group.controlNumber(), g -> new ArrayList<>()).add(id);
      }
    }

    @Override
    public void interchange(Interchange interchange) {
      Receiving done = open != null ? open : start(file, ++seq, interchange.header());
      open = null;
      outcomes.accept(finish(done, interchange));
    }
  }

  /** One interchange being read: its partner (null when refused) and the documents stored. */
  private static final class Receiving {
    final StoredFile file;
    final int seq;
    final String where;
    final Optional<PartnerProfile> sender;
    final PartnerProfile partner;
    final long id;
    final Map<String, List<Long>> stored = new HashMap<>();

    Receiving(
        StoredFile file,
        int seq,
        String where,
        Optional<PartnerProfile> sender,
        PartnerProfile partner,
        long id) {
      this.file = file;
      this.seq = seq;
      this.where = where;
      this.sender = sender;
      this.partner = partner;
      this.id = id;
    }
  }

  private Receiving start(StoredFile file, int seq, InterchangeHeader isa) {
    String where =
        file.fileName()
            + " interchange "
            + seq
            + (isa == null ? "" : " (ISA13 " + isa.controlNumber() + ")");
    Optional<PartnerProfile> sender =
        isa == null ? Optional.empty() : partners.bySender(isa.senderQualifier(), isa.senderId());
    if (isa == null || refusal(file, isa, sender) != null) {
      return new Receiving(file, seq, where, sender, null, 0);
    }
    PartnerProfile partner = sender.orElseThrow();
    long id =
        interchanges.insert(file.id(), seq, partner.id(), isa, Interchanges.Status.RECEIVING, null);
    return new Receiving(file, seq, where, sender, partner, id);
  }

  /** Judges, records and answers the interchange once read; returns its one-line outcome. */
  private String finish(Receiving open, Interchange interchange) {
    InterchangeHeader isa = interchange.header();
    String where = open.where;
    if (open.partner == null) {
      String refusal =
          isa == null
              ? "no readable ISA: " + String.join("; ", interchange.describeErrors())
              : refusal(open.file, isa, open.sender);
      interchanges.insert(
          open.file.id(),
          open.seq,
          open.sender.map(PartnerProfile::id).orElse(null),
          isa,
          Interchanges.Status.REJECTED,
          refusal);
      events.record(
          HubEvents.Severity.WARN, "interchange-refused", open.file.mailbox(), where, refusal);
      return where + ": refused, " + refusal;
    }
    PartnerProfile partner = open.partner;
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
                // faults the envelope is accepted with (TA104 E) leave it ACCEPTED, with detail
                : interchange.groups().stream().allMatch(FunctionalGroup::accepted)
                    ? Interchanges.Status.ACCEPTED
                    : Interchanges.Status.PARTIAL;
    // each error names its interchange, group, set and segment; the event's reference names the
    // file
    String detail = errors.isEmpty() ? null : String.join("\n", errors);
    interchanges.judge(open.id, status, detail);
    if (detail != null) {
      String kind = duplicate ? "duplicate-interchange" : "interchange-errors";
      events.record(HubEvents.Severity.WARN, kind, partner.id(), where, detail);
    }
    answer(partner, open.id, interchange);
    keepAccepted(open, interchange);
    recordInterchangeAcks(partner, where, interchange);
    return where + ": " + status + (errors.isEmpty() ? "" : " (" + errors.size() + " errors)");
  }

  /** Takes back the sets of groups (or of a whole interchange) that were not accepted after all. */
  private void keepAccepted(Receiving open, Interchange interchange) {
    boolean envelope = interchange.envelopeAccepted();
    for (FunctionalGroup group : interchange.groups()) {
      List<Long> ids = open.stored.remove(group.header().controlNumber());
      if (ids != null && (!envelope || !group.errors().isEmpty())) {
        accepted.discard(ids);
      }
    }
    open.stored.values().forEach(accepted::discard);
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

  private String refusal(StoredFile file, InterchangeHeader isa, Optional<PartnerProfile> sender) {
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
}
