package io.tradelane.exchange;

import io.tradelane.runtime.GeneratedKeys;
import io.tradelane.x12.SetPlace;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Transaction sets received and accepted, waiting for or done with their business processing. */
public final class InboundDocuments {

  /** The life of a received transaction set. */
  public enum Status {
    /** syntax accepted, business processing not yet done */
    ACCEPTED,
    PROCESSED,
    /** refused by its business stage (an 860 for an unknown PO or a shipped line), with why */
    REJECTED,
    /** a business duplicate (a PO number the partner already sent) */
    DUPLICATE,
    /** kept, but no business processing exists yet for its type */
    STORED,
    FAILED,
    /** an acknowledgement naming a group or set we never sent (what matched was applied) */
    UNMATCHED
  }

  /** A received set as the business stages see it. */
  public record Document(
      long id,
      String partnerId,
      String transactionSet,
      Status status,
      String payload,
      Instant createdAt) {}

  /**
   * Where a received set's bytes are: its file, its place there, its ST02 and its segment count.
   */
  public record Origin(long fileId, SetPlace place, String setControl, int segmentCount) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  /** Receipt times are read from {@code clock}, the hub's (an 850's is its order's receipt). */
  public InboundDocuments(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long insert(
      long interchangeId,
      String partnerId,
      String transactionSet,
      String groupControl,
      String setControl,
      Status status,
      String content,
      String payload,
      String detail,
      SetPlace place,
      int segmentCount) {
    return GeneratedKeys.insert(
        jdbc,
        "insert into inbound_document (interchange_id, partner_id, transaction_set, group_control,"
            + " set_control, status, content, payload, detail, created_at, isa_offset,"
            + " set_offset, segment_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        interchangeId,
        partnerId,
        transactionSet,
        groupControl,
        setControl,
        status.name(),
        content,
        payload,
        detail,
        Timestamp.from(clock.instant()),
        place.isaOffset(),
        place.setOffset(),
        segmentCount);
  }

  /**
   * Where the set of a document lies in its file.
   *
   * @throws IllegalStateException for a set stored before places were recorded
   */
  public Origin origin(long id) {
    return jdbc.queryForObject(
        "select i.inbound_file_id, d.isa_offset, d.set_offset, d.set_control, d.segment_count"
            + " from inbound_document d join interchange i on i.id = d.interchange_id"
            + " where d.id = ?",
        (rs, n) -> {
          long isa = rs.getLong(2);
          if (rs.wasNull()) {
            throw new IllegalStateException(
                "document " + id + " was stored before the places of sets were recorded");
          }
          return new Origin(
              rs.getLong(1), new SetPlace(isa, rs.getLong(3)), rs.getString(4), rs.getInt(5));
        },
        id);
  }

  /**
   * Deletes documents stored earlier in the same transaction for sets that turned out not to be
   * accepted (their group or interchange was rejected once read to its end).
   */
  public void discard(List<Long> ids) {
    ids.forEach(id -> jdbc.update("delete from inbound_document where id = ?", id));
  }

  /**
   * Loads a document and locks it for this transaction, so that one stage works on it at a time.
   */
  public Document lock(long id) {
    return jdbc.queryForObject(
        "select id, partner_id, transaction_set, status, payload, created_at from inbound_document"
            + " where id = ? for update",
        (rs, n) ->
            new Document(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Status.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getTimestamp(6).toInstant()),
        id);
  }

  public void finish(long id, Status status, String detail) {
    jdbc.update(
        "update inbound_document set status = ?, detail = ? where id = ?",
        status.name(),
        detail,
        id);
  }
}
