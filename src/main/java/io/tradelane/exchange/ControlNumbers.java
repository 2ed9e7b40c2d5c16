package io.tradelane.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /** The highest number of each kind our stored documents carry. */
  private static final Map<Kind, String> HIGHEST_USED =
      Map.of(
          Kind.ISA,
          "select coalesce(max(interchange_control), 0) from outbound_document where partner_id = ?",
          Kind.GS,
          "select coalesce(max(group_control), 0) from outbound_document where partner_id = ?",
          Kind.ST,
          "select coalesce(max(s.set_control), 0) from outbound_set s join outbound_document d"
              + " on d.id = s.outbound_document_id where d.partner_id = ?");

  private final JdbcTemplate jdbc;

  public ControlNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * At start, before any traffic: creates the counters of these partners that do not exist yet, and
   * raises any counter that is behind the numbers our stored documents already carry. That happens
   * only when the database lost the last counter updates but kept the documents, which embedded H2
   * has been seen to do after the process was killed; the hub then continues after the highest
   * number used instead of failing on a duplicate. Returns what was repaired, one line each.
   */
  public List<String> ensure(Collection<String> partnerIds) {
    List<String> repaired = new ArrayList<>();
    for (String partnerId : partnerIds) {
      for (Kind kind : Kind.values()) {
        createRow(partnerId, kind);
        long counter =
            jdbc.queryForObject(
                "select last_value from control_number where partner_id = ? and kind = ?",
                Long.class,
                partnerId,
                kind.name());
        long used = jdbc.queryForObject(HIGHEST_USED.get(kind), Long.class, partnerId);
        if (used > counter) {
          jdbc.update(
              "update control_number set last_value = ? where partner_id = ? and kind = ?",
              used,
              partnerId,
              kind.name());
          repaired.add(
              kind
                  + " counter of "
                  + partnerId
                  + " was "
                  + counter
                  + ", behind the "
                  + used
                  + " already used by a stored document: raised to "
                  + used);
        }
      }
    }
    return repaired;
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
