package io.tradelane.ack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The acknowledgement side of our outbound documents: the current status on {@code
 * outbound_document} (latest acknowledgement received wins) and one {@code outbound_ack} row per
 * acknowledgement received for a document.
 */
final class OutboundAcks {

  /** A delivered document still waiting for its acknowledgement. */
  record Awaited(SentDocument document, Instant deliveredAt) {}

  private final JdbcTemplate jdbc;

  OutboundAcks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The documents we sent a partner in one functional group, locked for this transaction. */
  List<SentDocument> lockGroup(String partnerId, long groupControl) {
    return jdbc.query(
        "select id, doc_type, interchange_control, ack_status from outbound_document"
            + " where partner_id = ? and group_control = ? order by id for update",
        (rs, n) ->
            new SentDocument(
                rs.getLong(1),
                partnerId,
                rs.getString(2),
                rs.getLong(3),
                groupControl,
                sets(rs.getLong(1)),
                rs.getString(4) == null ? null : AckStatus.valueOf(rs.getString(4))),
        partnerId,
        groupControl);
  }

  /**
   * Records what an acknowledgement (an inbound document) says about one of our documents: once in
   * the history, however often it is handled, and as the current status unless a later
   * acknowledgement (a higher inbound document id) was recorded already.
   */
  void record(long documentId, long ackDocumentId, AckStatus status, String detail, Instant at) {
    jdbc.update(
        "insert into outbound_ack (outbound_document_id, inbound_document_id, status, detail,"
            + " received_at) select ?, ?, ?, ?, ? where not exists (select 1 from outbound_ack"
            + " where outbound_document_id = ? and inbound_document_id = ?)",
        documentId,
        ackDocumentId,
        status.name(),
        detail,
        Timestamp.from(at),
        documentId,
        ackDocumentId);
    jdbc.update(
        "update outbound_document set ack_status = ?, ack_at = ?, ack_document_id = ?,"
            + " ack_detail = ? where id = ? and (ack_document_id is null or ack_document_id <= ?)",
        status.name(),
        Timestamp.from(at),
        ackDocumentId,
        detail,
        documentId,
        ackDocumentId);
  }

  /**
   * A partner's delivered documents of a type, unacknowledged and delivered before the cutoff (a
   * document sent before its group control number was recorded cannot be matched and is left out).
   */
  List<Awaited> awaitedSince(String partnerId, String docType, Instant cutoff) {
    return jdbc.query(
        "select id, interchange_control, group_control, delivered_at from outbound_document"
            + " where partner_id = ? and doc_type = ? and status = 'DELIVERED'"
            + " and ack_status is null and group_control is not null and delivered_at <= ?"
            + " order by id",
        (rs, n) ->
            new Awaited(
                new SentDocument(
                    rs.getLong(1),
                    partnerId,
                    docType,
                    rs.getLong(2),
                    rs.getLong(3),
                    sets(rs.getLong(1)),
                    null),
                rs.getTimestamp(4).toInstant()),
        partnerId,
        docType,
        Timestamp.from(cutoff));
  }

  /** Marks a document overdue unless something else did first; false when it was not awaited. */
  boolean markOverdue(long documentId, Instant at) {
    return jdbc.update(
            "update outbound_document set ack_status = ?, overdue_at = ?"
                + " where id = ? and ack_status is null",
            AckStatus.OVERDUE.name(),
            Timestamp.from(at),
            documentId)
        == 1;
  }

  private List<Long> sets(long documentId) {
    return jdbc.queryForList(
        "select set_control from outbound_set where outbound_document_id = ? order by set_control",
        Long.class,
        documentId);
  }
}
