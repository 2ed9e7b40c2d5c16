package io.tradelane.exchange;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Control numbers for what we send, per partner and kind (ISA13, GS06, ST02): unique, increasing
 * and gap-free. The number is taken inside the caller's transaction with a row lock, so it is
 * rolled back with the document it numbers and survives restarts.
 */
public final class ControlNumbers {

  /** What is numbered. */
  public enum Kind {
    ISA,
    GS,
    ST
  }

  private final JdbcTemplate jdbc;

  public ControlNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Creates the counters of these partners that do not exist yet (at start, before any traffic).
   */
  public void ensure(Collection<String> partnerIds) {
    for (String partnerId : partnerIds) {
      for (Kind kind : Kind.values()) {
        createRow(partnerId, kind);
      }
    }
  }

  /** The next number; must run inside a transaction. */
  public long next(String partnerId, Kind kind) {
    int updated =
        jdbc.update(
            "update control_number set last_value = last_value + 1 where partner_id = ? and kind = ?",
            partnerId,
            kind.name());
    if (updated == 0) {
      createRow(partnerId, kind);
      return next(partnerId, kind);
    }
    return jdbc.queryForObject(
        "select last_value from control_number where partner_id = ? and kind = ?",
        Long.class,
        partnerId,
        kind.name());
  }

  private void createRow(String partnerId, Kind kind) {
    // first number for this partner: a concurrent creator wins the primary key, we then update
    jdbc.update(
        "insert into control_number (partner_id, kind, last_value)"
            + " select ?, ?, 0 where not exists"
            + " (select 1 from control_number where partner_id = ? and kind = ?)",
        partnerId,
        kind.name(),
        partnerId,
        kind.name());
  }
}
