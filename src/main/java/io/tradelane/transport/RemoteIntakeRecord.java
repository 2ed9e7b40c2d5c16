package io.tradelane.transport;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The idempotent repository of the partners' SFTP pick-up folders, in the database: a listed file
 * counts as taken once the hub has stored it (its {@code inbound_file} row: partner, name, time
 * stamp and size), so a file the partner's server does not let us delete, or one listed again after
 * a crash, is never taken twice, across restarts. Keys are {@code
 * <partner>|<name>|<modified>|<size>}; the row is written by the intake itself, in the same step
 * that stores the file, so nothing here can disagree with what was stored.
 */
final class RemoteIntakeRecord extends ServiceSupport implements IdempotentRepository {

  private final JdbcTemplate jdbc;

  RemoteIntakeRecord(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean contains(String key) {
    String[] parts = key.split("\\|", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not a remote intake key: " + key);
    }
    Integer found =
        jdbc.queryForObject(
            "select count(*) from inbound_file where mailbox = ? and file_name = ?"
                + " and modified_at = ? and file_size = ?",
            Integer.class,
            parts[0],
            parts[1],
            Long.parseLong(parts[2]),
            Long.parseLong(parts[3]));
    return found != null && found > 0;
  }

  /** Nothing to add: the intake's own row is the record. */
  @Override
  public boolean add(String key) {
    return !contains(key);
  }

  @Override
  public boolean remove(String key) {
    return true;
  }

  @Override
  public boolean confirm(String key) {
    return true;
  }

  @Override
  public void clear() {
    // the record is the intake's history, never cleared from here
  }
}
