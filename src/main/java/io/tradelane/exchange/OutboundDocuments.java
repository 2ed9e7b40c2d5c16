package io.tradelane.exchange;

import io.tradelane.exchange.ControlNumbers.Kind;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.GeneratedKeys;
import io.tradelane.x12.Segment;
import io.tradelane.x12.SegmentText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every document we send: rendered once with its control numbers, in the same transaction as the
 * business change it answers, then delivered by a later stage. A document that fails its pre-send
 * validation is held with the reason and never delivered.
 */
public final class OutboundDocuments {

  /**
   * The life of an outbound document: PENDING until delivered (retried with backoff after failed
   * attempts), DELIVERED, HELD when it failed its pre-send validation, FAILED when its delivery was
   * given up after the last attempt (parked until replayed).
   */
  public enum Status {
    PENDING,
    DELIVERED,
    HELD,
    FAILED
  }

  /**
   * What a delivery stage needs of a document.
   *
   * @param attempts failed delivery attempts so far
   */
  public record Outbound(
      long id,
      String partnerId,
      String docType,
      String fileName,
      String content,
      int attempts,
      Instant createdAt) {}

  /**
   * What to send.
   *
   * @param docType 855, 997, 999 or TA1
   * @param sourceKind what the document answers: ORDER or INTERCHANGE
   * @param sourceId the id of that order or interchange
   * @param functionalId GS01 (PR, FA), ignored for a TA1
   * @param implementationReference GS08/ST03 beyond the plain version (005010X231A1), or null
   * @param sets the transaction set bodies (between ST and SE), or for a TA1 the TA1 segment alone
   */
  public record Request(
      PartnerProfile partner,
      String docType,
      String sourceKind,
      long sourceId,
      String functionalId,
      String implementationReference,
      List<List<Segment>> sets) {}

  private final JdbcTemplate jdbc;
  private final ControlNumbers controlNumbers;
  private final EnvelopeWriter envelopes;
  private final HubEvents events;
  private final Clock clock;

  public OutboundDocuments(
      JdbcTemplate jdbc,
      ControlNumbers controlNumbers,
      EnvelopeWriter envelopes,
      HubEvents events,
      Clock clock) {
    this.jdbc = jdbc;
    this.controlNumbers = controlNumbers;
    this.envelopes = envelopes;
    this.events = events;
    this.clock = clock;
  }

  /** Numbers, renders, validates and stores a document; must run inside a transaction. */
  public long create(Request request) {
    return create(request, null);
  }

  /**
   * A delivered document made again for sending again: the same transaction sets, under new control
   * numbers (a partner refuses an interchange control number it has seen), rendered for the
   * partner's profile as it is now, stored as a new document that names the original; must run
   * inside a transaction.
   *
   * @return the new document's id, or empty when the original is unknown or not DELIVERED
   */
  public Optional<Long> resend(long id, PartnerDirectory partners) {
    List<Sent> rows =
        jdbc.query(
            "select partner_id, doc_type, source_kind, source_id, content from outbound_document"
                + " where id = ? and status = ? for update",
            (rs, n) ->
                new Sent(
                    rs.getString("partner_id"),
                    rs.getString("doc_type"),
                    rs.getString("source_kind"),
                    rs.getLong("source_id"),
                    rs.getString("content")),
            id,
            Status.DELIVERED.name());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Sent original = rows.get(0);
    PartnerProfile partner =
        partners
            .byId(original.partnerId())
            .orElseThrow(
                () -> new IllegalStateException("no partner " + original.partnerId() + " now"));
    return Optional.of(create(original.again(partner), id));
  }

  /** A document as sent. */
  private record Sent(
      String partnerId, String docType, String sourceKind, long sourceId, String content) {

    /** The same transaction sets, to be numbered and enveloped again for {@code partner}. */
    Request again(PartnerProfile partner) {
      String functionalId = "";
      String reference = null;
      List<List<Segment>> sets = new ArrayList<>();
      List<Segment> body = null;
      for (Segment segment : SegmentText.split(content)) {
        switch (segment.tag()) {
          case "GS" -> {
            functionalId = segment.element(1);
            reference = segment.element(8).length() > 6 ? segment.element(8) : null;
          }
          case "ST" -> body = new ArrayList<>();
          case "SE" -> {
            sets.add(body);
            body = null;
          }
          case "TA1" -> sets.add(List.of(segment));
          default -> {
            if (body != null) {
              body.add(segment);
            }
          }
        }
      }
      return new Request(
          partner, docType, sourceKind, sourceId, functionalId, reference, List.copyOf(sets));
    }
  }

  private long create(Request request, Long resendOf) {
    String partnerId = request.partner().id();
    // checked before the partner's counters are locked (they stay locked until commit, so every
    // millisecond here would hold up the partner's other documents); only the numbers differ
    Draft draft = check(request);
    List<String> errors = draft.errors();
    long isa = controlNumbers.next(partnerId, Kind.ISA);
    List<Long> groups = new ArrayList<>();
    List<Long> sets = new ArrayList<>();
    String content =
        errors.isEmpty()
            ? envelopes.render(
                request,
                isa,
                () -> taken(groups, controlNumbers.next(partnerId, Kind.GS)),
                () -> taken(sets, controlNumbers.next(partnerId, Kind.ST)),
                clock)
            : draft.content();
    Status status = errors.isEmpty() ? Status.PENDING : Status.HELD;
    String detail = errors.isEmpty() ? null : String.join("\n", errors);
    String fileName = String.format("%s-%09d.edi", request.docType(), isa);
    Long group = groups.isEmpty() ? null : groups.get(0);
    long id =
        insert(request, new Numbered(isa, group, fileName, content), status, detail, resendOf);
    // the ST02s let a partner's 997/999 (AK2) name the document
    jdbc.batchUpdate(
        "insert into outbound_set (outbound_document_id, set_control) values (?, ?)",
        sets.stream().map(st -> new Object[] {id, st}).toList());
    if (status == Status.HELD) {
      events.record(
          HubEvents.Severity.ERROR,
          "outbound-held",
          partnerId,
          request.docType() + " " + fileName,
          "failed pre-send validation and is held: " + detail);
    }
    return id;
  }

  private static long taken(List<Long> numbers, long number) {
    numbers.add(number);
    return number;
  }

  /** A rendered document with its interchange and group control numbers. */
  private record Numbered(long isa, Long group, String fileName, String content) {}

  private long insert(Request request, Numbered doc, Status status, String detail, Long resendOf) {
    // a resend is numbered after the source's documents of its type (the original is 0)
    int resendNo =
        resendOf == null
            ? 0
            : jdbc.queryForObject(
                "select coalesce(max(resend_no), 0) + 1 from outbound_document where source_kind"
                    + " = ? and source_id = ? and doc_type = ?",
                Integer.class,
                request.sourceKind(),
                request.sourceId(),
                request.docType());
    return GeneratedKeys.insert(
        jdbc,
        "insert into outbound_document (partner_id, doc_type, source_kind, source_id,"
            + " interchange_control, group_control, file_name, content, status, detail,"
            + " created_at, resend_of, resend_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        request.partner().id(),
        request.docType(),
        request.sourceKind(),
        request.sourceId(),
        doc.isa(),
        doc.group(),
        doc.fileName(),
        doc.content(),
        status.name(),
        detail,
        Timestamp.from(Instant.now(clock)),
        resendOf,
        resendNo);
  }

  /** A document rendered with provisional control numbers, and what is wrong with it. */
  private record Draft(String content, List<String> errors) {}

  private Draft check(Request request) {
    try {
      AtomicLong provisional = new AtomicLong();
      String content = envelopes.render(request, 1, () -> 1, provisional::incrementAndGet, clock);
      return new Draft(content, envelopes.validate(content));
    } catch (IllegalArgumentException e) {
      return new Draft("", List.of("cannot be written: " + e.getMessage()));
    }
  }

  /**
   * A document still to deliver, locked for this transaction so that a duplicate delivery of it
   * waits and then finds it delivered; empty when it was delivered already or is held.
   */
  public Optional<Outbound> pending(long id) {
    return jdbc
        .query(
            "select id, partner_id, doc_type, file_name, content, attempts, created_at"
                + " from outbound_document where id = ? and status = ? for update",
            (rs, n) ->
                new Outbound(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getTimestamp(7).toInstant()),
            id,
            Status.PENDING.name())
        .stream()
        .findFirst();
  }

  /**
   * Marks a document delivered.
   *
   * @param via the transport it went over (mailbox, sftp, as2)
   * @param proof what proves it: where it was written, or the partner's receipt (AS2 MDN)
   */
  public void delivered(long id, String via, String proof) {
    jdbc.update(
        "update outbound_document set status = ?, delivered_at = ?, delivered_via = ?,"
            + " delivery_proof = ?, next_attempt_at = null where id = ?",
        Status.DELIVERED.name(),
        Timestamp.from(Instant.now(clock)),
        via,
        proof,
        id);
  }

  /** Records a failed delivery attempt of a pending document, to be tried again at {@code next}. */
  public void retryAt(long id, int attempts, String error, Instant next) {
    jdbc.update(
        "update outbound_document set attempts = ?, last_error = ?, next_attempt_at = ?"
            + " where id = ? and status = ?",
        attempts,
        error,
        Timestamp.from(next),
        id,
        Status.PENDING.name());
  }

  /** Gives up the delivery of a pending document after its last failed attempt: FAILED. */
  public void parked(long id, int attempts, String error) {
    jdbc.update(
        "update outbound_document set status = ?, attempts = ?, last_error = ?,"
            + " next_attempt_at = null where id = ? and status = ?",
        Status.FAILED.name(),
        attempts,
        error,
        id,
        Status.PENDING.name());
  }

  /**
   * The pending documents whose next attempt is due at {@code now}, each with its next attempt
   * pushed to {@code lease} (so it is handed on once, and again only if that attempt is lost).
   */
  public List<Long> claimDue(Instant now, Instant lease) {
    List<Long> due =
        jdbc.queryForList(
            "select id from outbound_document where status = ? and next_attempt_at <= ?"
                + " order by next_attempt_at",
            Long.class,
            Status.PENDING.name(),
            Timestamp.from(now));
    return due.stream()
        .filter(
            id ->
                jdbc.update(
                        "update outbound_document set next_attempt_at = ? where id = ? and status"
                            + " = ? and next_attempt_at <= ?",
                        Timestamp.from(lease),
                        id,
                        Status.PENDING.name(),
                        Timestamp.from(now))
                    == 1)
        .toList();
  }

  /**
   * Puts a FAILED document back to PENDING with its attempts reset, for another round of delivery.
   *
   * @return the document, or empty when it is not FAILED (delivered, pending, held or unknown)
   */
  public Optional<Outbound> replay(long id) {
    int changed =
        jdbc.update(
            "update outbound_document set status = ?, attempts = 0, next_attempt_at = null"
                + " where id = ? and status = ?",
            Status.PENDING.name(),
            id,
            Status.FAILED.name());
    return changed == 0 ? Optional.empty() : pending(id);
  }

  /** Ids of the pending documents that answer a source (an order or an interchange). */
  public List<Long> pendingFor(String sourceKind, long sourceId) {
    return jdbc.queryForList(
        "select id from outbound_document where source_kind = ? and source_id = ? and status = ?"
            + " order by id",
        Long.class,
        sourceKind,
        sourceId,
        Status.PENDING.name());
  }

  /** The partner a document is for. */
  public String partnerOf(long id) {
    return jdbc.queryForObject(
        "select partner_id from outbound_document where id = ?", String.class, id);
  }
}
