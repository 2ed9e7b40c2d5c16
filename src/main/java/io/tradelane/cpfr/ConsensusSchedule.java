package io.tradelane.cpfr;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the consensus of partners whose arrangement has a {@code cpfr.consensus.schedule}: at each
 * check, a partner whose latest due time has not been handled gets its consensus agreed and sent
 * ({@link Consensus}, agreed by {@code schedule}), once: the due time is recorded in the same
 * transaction, under the partner's row lock, so neither a restart nor a second node sends it again.
 * Due times missed while the hub was down are caught up once, by the latest. While exceptions are
 * open the consensus is held, with one {@code consensus-held} event per due time, and tried again
 * at each check until sent or the next due time comes. A schedule seen for the first time starts
 * with the next due time.
 */
public final class ConsensusSchedule {

  private static final String BY = "schedule";

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final Consensus consensus;
  private final HubEvents events;
  private final Clock clock;

  public ConsensusSchedule(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      Consensus consensus,
      HubEvents events,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.partners = partners;
    this.consensus = consensus;
    this.events = events;
    this.clock = clock;
  }

  /** Sends the consensus of every partner it is due for; returns the deliveries to hand on. */
  public List<Dispatch> check() {
    List<Dispatch> deliveries = new ArrayList<>();
    for (PartnerProfile partner : partners.all()) {
      Optional<WeeklyTime> schedule =
          CollaborationArrangement.of(partner).flatMap(CollaborationArrangement::schedule);
      if (schedule.isPresent()) {
        Instant due = schedule.get().latestAtOrBefore(ZonedDateTime.now(clock)).toInstant();
        deliveries.addAll(tx.execute(status -> handle(partner.id(), due)));
      }
    }
    return deliveries;
  }

  private List<Dispatch> handle(String partnerId, Instant due) {
    List<Instant[]> rows =
        jdbc.query(
            "select handled_due, held_due from cpfr_consensus_schedule where partner_id = ?"
                + " for update",
            (rs, n) ->
                new Instant[] {
                  rs.getTimestamp(1).toInstant(),
                  rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()
                },
            partnerId);
    if (rows.isEmpty()) {
      jdbc.update(
          "insert into cpfr_consensus_schedule (partner_id, handled_due) values (?, ?)",
          partnerId,
          Timestamp.from(due));
      return List.of();
    }
    Instant handled = rows.get(0)[0];
    if (!handled.isBefore(due)) {
      return List.of();
    }
    try {
      Map.Entry<Consensus.Agreed, List<Dispatch>> agreed = consensus.agreeWithin(partnerId, BY);
      jdbc.update(
          "update cpfr_consensus_schedule set handled_due = ?, sent_at = ?, version = ?"
              + " where partner_id = ?",
          Timestamp.from(due),
          Timestamp.from(clock.instant()),
          agreed.getKey().version(),
          partnerId);
      return agreed.getValue();
    } catch (Consensus.ExceptionsOpen | IllegalArgumentException e) {
      Instant held = rows.get(0)[1];
      if (!due.equals(held)) {
        jdbc.update(
            "update cpfr_consensus_schedule set held_due = ? where partner_id = ?",
            Timestamp.from(due),
            partnerId);
        events.record(
            HubEvents.Severity.WARN,
            "consensus-held",
            partnerId,
            "consensus due " + due,
            "not sent: " + e.getMessage() + "; tried again until the next due time");
      }
      return List.of();
    }
  }
}
