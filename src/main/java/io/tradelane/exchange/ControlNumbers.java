package io.tradelane.exchange;

import java.util.Collection;
import java.util.List;
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

  /**
   * Locks a partner's interchange counter for this transaction without taking a number: judging a
   * partner's interchanges under it means two copies of one interchange are never judged at once.
   */
  public void lockPartner(String partnerId) {
    lockedLastValue(partnerId, Kind.ISA);
  }

  /** The next number; must run inside a transaction. The row lock makes concurrent callers wait. */
  public long next(String partnerId, Kind kind) {
    List<Long> last = lockedLastValue(partnerId, kind);
    if (last.isEmpty()) {
      throw new IllegalStateException("no " + kind + " counter for partner " + partnerId);
    }
    long next = last.get(0) + 1;
    jdbc.update(
        "update control_number set last_value = ? where partner_id = ? and kind = ?",
        next,
        partnerId,
        kind.name());
    return next;
  }

  private List<Long> lockedLastValue(String partnerId, Kind kind) {
    return jdbc.queryForList(
        "select last_value from control_number where partner_id = ? and kind = ? for update",
        Long.class,
        partnerId,
        kind.name());
  }

  private void createRow(String partnerId, Kind kind) {
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
