package io.tradelane.exchange;

import io.tradelane.runtime.GeneratedKeys;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable store of every file taken from a mailbox. A file is stored with its hash before
 * anything else happens to it; storing the same arrival twice (a file picked up again after a crash
 * before it was removed) returns the first row.
 */
public final class InboundFiles {

  /** The life of an inbound file. */
  public enum Status {
    RECEIVED,
    PROCESSED,
    REJECTED
  }

  /** A stored file. */
  public record StoredFile(
      long id, String mailbox, String fileName, byte[] content, Status status) {}

  private final JdbcTemplate jdbc;

  public InboundFiles(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an arrival and returns its id; the same arrival stored again returns the same id. */
  public long store(String mailbox, String fileName, long modifiedAt, byte[] content) {
    String sha256 = sha256(content);
    Optional<Long> existing = find(mailbox, fileName, modifiedAt, sha256);
    if (existing.isPresent()) {
      return existing.get();
    }
    return GeneratedKeys.insert(
        jdbc,
        "insert into inbound_file (mailbox, file_name, modified_at, file_size, sha256, content,"
            + " received_at, status) values (?, ?, ?, ?, ?, ?, ?, ?)",
        mailbox,
        fileName,
        modifiedAt,
        content.length,
        sha256,
        content,
        Timestamp.from(Instant.now()),
        Status.RECEIVED.name());
  }

  private Optional<Long> find(String mailbox, String fileName, long modifiedAt, String sha256) {
    List<Long> ids =
        jdbc.queryForList(
            "select id from inbound_file where mailbox = ? and file_name = ? and modified_at = ?"
                + " and sha256 = ?",
            Long.class,
            mailbox,
            fileName,
            modifiedAt,
            sha256);
    return ids.stream().findFirst();
  }

  /**
   * Loads a file and locks it for this transaction, so that one translation works on it at a time.
   */
  public StoredFile lock(long id) {
    return jdbc.queryForObject(
        "select id, mailbox, file_name, content, status from inbound_file where id = ?"
            + " for update",
        (rs, n) ->
            new StoredFile(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBytes(4),
                Status.valueOf(rs.getString(5))),
        id);
  }

  /** Marks a file as done (processed or rejected), with a note for the admin. */
  public void finish(long id, Status status, String detail) {
    jdbc.update(
        "update inbound_file set status = ?, detail = ? where id = ?",
        status.name(),
        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000),
        id);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
