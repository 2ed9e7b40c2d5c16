package io.tradelane.exchange;

import io.tradelane.runtime.GeneratedKeys;
import io.tradelane.x12.InterchangeHeader;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** The interchanges found in inbound files, with how each was judged. */
public final class Interchanges {

  /** How an interchange was judged. */
  public enum Status {
    ACCEPTED,
    /** accepted, but some of its groups or sets were rejected */
    PARTIAL,
    REJECTED,
    /** the partner sent this control number before, within the duplicate window */
    DUPLICATE,
    /** being read; replaced by its verdict in the same transaction, so never seen outside it */
    RECEIVING
  }

  private final JdbcTemplate jdbc;

  public Interchanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether this partner's interchange with this control number was accepted (wholly or in part)
   * from a file received since the given instant.
   */
  public boolean acceptedBefore(String partnerId, String controlNumber, Instant since) {
    Integer seen =
        jdbc.queryForObject(
            "select count(*) from interchange i join inbound_file f on f.id = i.inbound_file_id"
                + " where i.partner_id = ? and i.control_number = ? and i.status in (?, ?)"
                + " and f.received_at >= ?",
            Integer.class,
            partnerId,
            controlNumber.trim(),
            Status.ACCEPTED.name(),
            Status.PARTIAL.name(),
            Timestamp.from(since));
    return seen != null && seen > 0;
  }

  /** Records an interchange; {@code header} may be null when no ISA could be read. */
  public long insert(
      long fileId,
      int seq,
      String partnerId,
      InterchangeHeader header,
      Status status,
      String detail) {
    return GeneratedKeys.insert(
        jdbc,
        "insert into interchange (inbound_file_id, seq, partner_id, sender_qualifier, sender_id,"
            + " receiver_qualifier, receiver_id, control_number, control_version, status, detail)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        fileId,
        seq,
        partnerId,
        header == null ? null : clip(header.senderQualifier(), 2),
        header == null ? null : clip(header.senderId(), 15),
        header == null ? null : clip(header.receiverQualifier(), 2),
        header == null ? null : clip(header.receiverId(), 15),
        header == null ? null : clip(header.controlNumber(), 9),
        header == null ? null : clip(header.controlVersion(), 5),
        status.name(),
        detail);
  }

  /** Records the verdict on an interchange recorded while it was being read. */
  public void judge(long id, Status status, String detail) {
    jdbc.update(
        "update interchange set status = ?, detail = ? where id = ?", status.name(), detail, id);
  }

  private static String clip(String value, int max) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
  }
}
