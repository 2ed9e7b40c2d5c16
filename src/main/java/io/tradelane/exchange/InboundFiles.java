package io.tradelane.exchange;

import io.tradelane.runtime.GeneratedKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable record of every file taken from a mailbox. A file's bytes go to the {@link
 * ContentStore} (streamed, hashed, on disk) before its row commits; the row keeps the store key,
 * size and hash. Storing the same arrival twice (a file picked up again after a crash before it was
 * removed) returns the first row. A crash after the bytes are stored but before the row commits
 * leaves the file in its mailbox, and taking it again stores the same bytes under the same key; the
 * stored copy is only left over when the partner removes the file meanwhile (harmless, see {@code
 * README}).
 */
public final class InboundFiles {

  /** The life of an inbound file. */
  public enum Status {
    RECEIVED,
    PROCESSED,
    REJECTED
  }

  /**
   * A stored file, without its bytes (read them with {@link #open}); {@code storeKey} is null for
   * files stored before the content store, whose bytes are in the database.
   */
  public record StoredFile(
      long id,
      String mailbox,
      String fileName,
      Status status,
      String storeKey,
      String sha256,
      long size) {}

  private static final String SELECT =
      "select id, mailbox, file_name, status, store_key, sha256, file_size from inbound_file";

  private final JdbcTemplate jdbc;
  private final ContentStore store;
  private final Clock clock;

  /** Arrival times are read from {@code clock}, the hub's. */
  public InboundFiles(JdbcTemplate jdbc, ContentStore store, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Stores an arrival, its bytes read from {@code content} (not closed here), and returns its id;
   * the same arrival stored again returns the same id.
   */
  public long store(String mailbox, String fileName, long modifiedAt, InputStream content) {
    ContentStore.Stored stored = store.write(content);
    Optional<Long> existing = find(mailbox, fileName, modifiedAt, stored.sha256());
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return GeneratedKeys.insert(
          jdbc,
          "insert into inbound_file (mailbox, file_name, modified_at, file_size, sha256,"
              + " store_key, received_at, status) values (?, ?, ?, ?, ?, ?, ?, ?)",
          mailbox,
          fileName,
          modifiedAt,
          stored.size(),
          stored.sha256(),
          stored.key(),
          Timestamp.from(clock.instant()),
          Status.RECEIVED.name());
    } catch (DuplicateKeyException e) {
      // another node stored the same arrival meanwhile
      return find(mailbox, fileName, modifiedAt, stored.sha256()).orElseThrow(() -> e);
    }
  }

  private Optional<Long> find(String mailbox, String fileName, long modifiedAt, String sha256) {
    List<Long> ids =
        jdbc.queryForList(
            "select id from inbound_file where mailbox = ? and file_name = ? and modified_at = ?"
                + " and sha256 = ? and replay_no = 0",
            Long.class,
            mailbox,
            fileName,
            modifiedAt,
            sha256);
    return ids.stream().findFirst();
  }

  /**
   * Loads a file's row and locks it for this transaction, so that one translation works on it at a
   * time.
   */
  public StoredFile lock(long id) {
    return jdbc.queryForObject(SELECT + " where id = ? for update", InboundFiles::row, id);
  }

  /**
   * Opens a file's bytes; the stream fails at its end if they no longer match the stored hash.
   *
   * @throws ContentStore.MissingContentException when the store lost them
   */
  public InputStream open(StoredFile file) {
    if (file.storeKey() == null) {
      return legacyContent(file);
    }
    try {
      return store.open(file.storeKey(), file.sha256(), file.size());
    } catch (ContentStore.MissingContentException e) {
      throw new ContentStore.MissingContentException(
          "inbound file "
              + file.id()
              + " ("
              + file.mailbox()
              + "/"
              + file.fileName()
              + "): "
              + e.getMessage());
    }
  }

  /**
   * Opens a file's bytes from {@code offset} on, for reading part of a file that was read whole
   * (and its hash checked) before; the hash is not checked again.
   */
  public InputStream openAt(long fileId, long offset) {
    StoredFile file = jdbc.queryForObject(SELECT + " where id = ?", InboundFiles::row, fileId);
    if (file.storeKey() == null) {
      InputStream in = legacyContent(file);
      try {
        in.skipNBytes(offset);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return in;
    }
    return store.openAt(file.storeKey(), offset);
  }

  private static StoredFile row(ResultSet rs, int n) throws SQLException {
    return new StoredFile(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        Status.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7));
  }

  /** Files stored before the content store keep their bytes in the row, read whole. */
  private InputStream legacyContent(StoredFile file) {
    byte[] content =
        jdbc.queryForObject(
            "select content from inbound_file where id = ?", byte[].class, file.id());
    if (content == null) {
      throw new ContentStore.MissingContentException(
          "inbound file " + file.id() + " has neither a store key nor content");
    }
    return new ByteArrayInputStream(content);
  }

  /**
   * Whether a file may be taken in again ({@link #replay}): it has been read, nothing was taken in
   * from it (no interchange found, or every one rejected), and no replay of it is being read or was
   * taken in.
   */
  public boolean replayable(long id) {
    Integer blocking =
        jdbc.queryForObject(
            "select count(*) from inbound_file f where (f.id = ? and f.status = ?)"
                + " or ((f.id = ? or f.replay_of = ?) and exists (select 1 from interchange i"
                + " where i.inbound_file_id = f.id and i.status in (?, ?)))"
                + " or (f.replay_of = ? and f.status = ?)",
            Integer.class,
            id,
            Status.RECEIVED.name(),
            id,
            id,
            Interchanges.Status.ACCEPTED.name(),
            Interchanges.Status.PARTIAL.name(),
            id,
            Status.RECEIVED.name());
    return blocking == 0;
  }

  /**
   * Takes a file in again from which nothing was taken in (no interchange found, or every one
   * rejected), as an admin's replay once the cause is fixed: a new arrival of the same stored
   * bytes, RECEIVED, linked to the file it replays ({@code replay_of}) and numbered among the
   * replays of its arrival. A file with an interchange accepted, wholly or in part, is never taken
   * in again: its sets were acted on.
   *
   * @return the new file's id; empty when the file is still being read, something was taken in from
   *     it, or a replay of it is under way or was taken in
   */
  public Optional<Long> replay(long id) {
    lock(id);
    if (!replayable(id)) {
      return Optional.empty();
    }
    return Optional.of(
        GeneratedKeys.insert(
            jdbc,
            "insert into inbound_file (mailbox, file_name, modified_at, file_size, sha256,"
                + " store_key, content, received_at, status, replay_of, replay_no)"
                + " select f.mailbox, f.file_name, f.modified_at, f.file_size, f.sha256,"
                + " f.store_key, f.content, ?, ?, f.id, (select max(r.replay_no) + 1 from"
                + " inbound_file r where r.mailbox = f.mailbox and r.file_name = f.file_name and"
                + " r.modified_at = f.modified_at and r.sha256 = f.sha256)"
                + " from inbound_file f where f.id = ?",
            Timestamp.from(clock.instant()),
            Status.RECEIVED.name(),
            id));
  }

  /** Marks a file as done (processed or rejected), with a note for the admin. */
  public void finish(long id, Status status, String detail) {
    jdbc.update(
        "update inbound_file set status = ?, detail = ? where id = ?",
        status.name(),
        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000),
        id);
  }
}
