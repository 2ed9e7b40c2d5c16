package io.tradelane.ack;

import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.HubEvents.Severity;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds delivered documents whose functional acknowledgement is overdue (past the partner's {@code
 * ack.deadline} for their type) and marks each OVERDUE once, with a WARN {@code ack-overdue} event
 * naming partner, type, control numbers and age. Only the types a partner acknowledges are checked
 * ({@link #EXPECTED}); our own 997/999/TA1 are never acknowledged. Run by the {@code acks-overdue}
 * timer; several hubs running it at once still mark a document once.
 */
public final class OverdueAcks {

  /** The document types a partner is expected to acknowledge with a 997/999. */
  public static final List<String> EXPECTED = List.of("810", "830", "855", "856", "865");

  private final TransactionTemplate tx;
  private final OutboundAcks acks;
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final Clock clock;

  public OverdueAcks(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      HubEvents events,
      Clock clock) {
    this.tx = tx;
    this.acks = new OutboundAcks(jdbc);
    this.partners = partners;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Marks what is overdue now; returns how many documents became overdue. Each document is marked
   * with its event in a transaction of its own, so a long sweep holds no lock for long.
   */
  public int check() {
    Instant now = Instant.now(clock);
    int marked = 0;
    for (PartnerProfile partner : partners.all()) {
      for (String type : EXPECTED) {
        Duration deadline = partner.ackDeadlines().forType(type).orElse(null);
        if (deadline == null) {
          continue;
        }
        for (OutboundAcks.Awaited doc :
            acks.awaitedSince(partner.id(), type, now.minus(deadline))) {
          if (Boolean.TRUE.equals(tx.execute(status -> mark(doc, deadline, now)))) {
            marked++;
          }
        }
      }
    }
    return marked;
  }

  private boolean mark(OutboundAcks.Awaited doc, Duration deadline, Instant now) {
    if (!acks.markOverdue(doc.document().id(), now)) {
      return false;
    }
    events.record(
        Severity.WARN,
        "ack-overdue",
        doc.document().partnerId(),
        doc.document().describe(),
        "no acknowledgement "
            + readable(Duration.between(doc.deliveredAt(), now))
            + " after delivery ("
            + doc.deliveredAt()
            + "); the deadline is "
            + readable(deadline));
    return true;
  }

  private static String readable(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 60
        ? minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m")
        : minutes + "m";
  }
}
