package io.tradelane.cpfr;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agrees a partner's consensus forecast and shares it: once no exception is open, each bucket of
 * the latest forecasts takes the number its exception was resolved with, else the partner's, else
 * ours; the buckets form the next consensus version, which goes to the partner as an 830 (rendered,
 * validated and numbered like every document we send, delivered by the delivery stage, reconciled
 * with the partner's 997/999). Refused while any exception of the partner is open.
 */
public final class Consensus {

  /** What an agreement stored and sent. */
  public record Agreed(String partner, int version, int buckets, int frozen, long document) {}

  /** Refused: exceptions are still open. */
  public static final class ExceptionsOpen extends RuntimeException {
    ExceptionsOpen(String message) {
      super(message);
    }
  }

  /** A bucket of the consensus. */
  record Bucket(String sku, String location, LocalDate week) {}

  /** An agreed number and where it came from. */
  record Number(BigDecimal quantity, String source) {}

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final String outboundQueue;
  private final Clock clock;

  public Consensus(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      OutboundDocuments outbound,
      PartnerDirectory partners,
      HubEvents events,
      String outboundQueue,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.outbound = outbound;
    this.partners = partners;
    this.events = events;
    this.outboundQueue = outboundQueue;
    this.clock = clock;
  }

  /**
   * Agrees and shares the next consensus version.
   *
   * @return what was agreed, and the delivery of its 830 to hand on
   * @throws IllegalArgumentException when the partner has no arrangement or nothing to agree
   * @throws ExceptionsOpen when exceptions are open
   */
  public Map.Entry<Agreed, List<Dispatch>> agree(String partnerId, String planner) {
    return tx.execute(status -> agreeWithin(partnerId, planner));
  }

  /**
   * {@link #agree} inside the caller's transaction: a refusal leaves it as it was, to go on with.
   */
  Map.Entry<Agreed, List<Dispatch>> agreeWithin(String partnerId, String planner) {
    PartnerProfile partner = partners.require(partnerId);
    return agree(partner, CollaborationArrangement.require(partner), planner);
  }

  private Map.Entry<Agreed, List<Dispatch>> agree(
      PartnerProfile partner, CollaborationArrangement arrangement, String planner) {
    String partnerId = partner.id();
    Integer open =
        jdbc.queryForObject(
            "select count(*) from cpfr_exception where partner_id = ? and status = 'OPEN'",
            Integer.class,
            partnerId);
    if (open != null && open > 0) {
      throw new ExceptionsOpen(open + " exceptions of " + partnerId + " are still open");
    }
    Long theirs = latest("partner_forecast", partnerId);
    Long ours = latest("our_forecast", partnerId);
    TreeMap<Bucket, Number> buckets = new TreeMap<>(Consensus::compare);
    lines("our_forecast_line", ours).forEach((b, q) -> buckets.put(b, new Number(q, "OURS")));
    lines("partner_forecast_line", theirs)
        .forEach((b, q) -> buckets.put(b, new Number(q, "PARTNER")));
    jdbc.query(
        "select sku, location, week_start, resolved_quantity from cpfr_exception"
            + " where partner_id = ? and metric = 'FORECAST_VARIANCE' and status = 'RESOLVED'"
            + " and partner_forecast_id = ? and our_forecast_id = ?",
        rs -> {
          buckets.put(
              new Bucket(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
              new Number(rs.getBigDecimal(4), "RESOLVED"));
        },
        partnerId,
        theirs == null ? -1L : theirs,
        ours == null ? -1L : ours);
    if (buckets.isEmpty()) {
      throw new IllegalArgumentException("no forecast of " + partnerId + " to agree yet");
    }
    int frozen = holdFrozen(partnerId, arrangement, buckets);
    int version =
        jdbc.queryForObject(
                "select coalesce(max(version), 0) from consensus_forecast where partner_id = ?",
                Integer.class,
                partnerId)
            + 1;
    long consensusId =
        GeneratedKeys.insert(
            jdbc,
            "insert into consensus_forecast (partner_id, version, created_at, agreed_by,"
                + " partner_forecast_id, our_forecast_id) values (?, ?, ?, ?, ?, ?)",
            partnerId,
            version,
            Timestamp.from(clock.instant()),
            planner,
            theirs,
            ours);
    List<Object[]> rows = new ArrayList<>();
    buckets.forEach(
        (b, n) ->
            rows.add(
                new Object[] {
                  consensusId,
                  b.sku(),
                  b.location(),
                  Date.valueOf(b.week()),
                  n.quantity(),
                  n.source()
                }));
    jdbc.batchUpdate(
        "insert into consensus_forecast_line (consensus_id, sku, location, week_start, quantity,"
            + " source) values (?, ?, ?, ?, ?, ?)",
        rows);
    long document =
        outbound.create(
            new OutboundDocuments.Request(
                partner,
                "830",
                "CONSENSUS",
                consensusId,
                "PS",
                null,
                List.of(
                    new ConsensusScheduleBuilder(jdbc)
                        .build(partnerId, "CONSENSUS-" + version, LocalDate.now(clock), buckets))));
    events.record(
        HubEvents.Severity.INFO,
        "consensus-agreed",
        partnerId,
        "consensus v" + version,
        buckets.size()
            + " weekly buckets agreed by "
            + planner
            + " ("
            + frozen
            + " held by the frozen window), sent as an 830");
    return Map.entry(
        new Agreed(partnerId, version, buckets.size(), frozen, document),
        outbound.pendingFor("CONSENSUS", consensusId).stream()
            .map(id -> Dispatch.of(outboundQueue, id))
            .toList());
  }

  /**
   * Keeps the numbers the previous consensus agreed for the buckets of the frozen window (the
   * {@code frozen-weeks} weeks from next week, where the horizon starts), source FROZEN; returns
   * how many.
   */
  private int holdFrozen(
      String partnerId, CollaborationArrangement arrangement, Map<Bucket, Number> buckets) {
    Long previous = latest("consensus_forecast", partnerId);
    if (previous == null || arrangement.frozenWeeks() == 0) {
      return 0;
    }
    LocalDate nextWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
    int[] frozen = {0};
    jdbc.query(
        "select sku, location, week_start, quantity from consensus_forecast_line"
            + " where consensus_id = ? and week_start >= ? and week_start < ?",
        rs -> {
          buckets.put(
              new Bucket(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
              new Number(rs.getBigDecimal(4), "FROZEN"));
          frozen[0]++;
        },
        previous,
        Date.valueOf(nextWeek),
        Date.valueOf(nextWeek.plusWeeks(arrangement.frozenWeeks())));
    return frozen[0];
  }

  private Map<Bucket, BigDecimal> lines(String table, Long forecastId) {
    Map<Bucket, BigDecimal> lines = new TreeMap<>(Consensus::compare);
    if (forecastId == null) {
      return lines;
    }
    jdbc.query(
        "select sku, location, week_start, quantity from " + table + " where forecast_id = ?",
        rs -> {
          lines.put(
              new Bucket(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
              rs.getBigDecimal(4));
        },
        forecastId);
    return lines;
  }

  private Long latest(String table, String partnerId) {
    return jdbc.queryForObject(
        "select max(id) from " + table + " where partner_id = ?", Long.class, partnerId);
  }

  static int compare(Bucket a, Bucket b) {
    int c = a.sku().compareTo(b.sku());
    if (c == 0) {
      c = a.location().compareTo(b.location());
    }
    return c != 0 ? c : a.week().compareTo(b.week());
  }
}
