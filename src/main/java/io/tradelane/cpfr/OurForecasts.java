package io.tradelane.cpfr;

import io.tradelane.exchange.HubEvents;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes our baseline forecast of a partner's demand ({@link Baseline}), per item and location in
 * its collaboration arrangement, for the arrangement's horizon from next week on, and stores it as
 * the next version of our forecast. The history of a series is the partner's weekly sales (852 QA,
 * the latest report of each week) where it reports any, else the quantities it ordered (by PO date
 * and ship-to), up to the last full week; weeks without any are 0. Planners' standing overrides
 * ({@link PlannerOverrides}) replace the baseline of their buckets in every version (method {@code
 * OVERRIDE}), so recomputing the baseline never loses them.
 */
public final class OurForecasts {

  /** What a computation stored; {@code overridden} buckets are planners' overrides. */
  public record Computed(
      String partner, int version, LocalDate firstWeek, int series, int buckets, int overridden) {}

  /** One weekly bucket of a version, with how it was made. */
  private record Line(
      String sku,
      String location,
      LocalDate week,
      BigDecimal quantity,
      String method,
      String history) {}

  /** A series: one of our items at one of the partner's locations. */
  private record Series(String sku, String location) {}

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final Clock clock;

  public OurForecasts(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      HubEvents events,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.partners = partners;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Computes and stores the next version of our forecast for a partner.
   *
   * @throws IllegalArgumentException when the partner has no collaboration arrangement
   */
  public Computed compute(String partnerId) {
    CollaborationArrangement arrangement =
        CollaborationArrangement.require(partners.require(partnerId));
    LocalDate thisWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstWeek = thisWeek.plusWeeks(1);
    Map<Series, TreeMap<LocalDate, Double>> sales = sales(partnerId, thisWeek);
    Map<Series, TreeMap<LocalDate, Double>> orders = orders(partnerId, thisWeek);
    Map<Series, String> source = new LinkedHashMap<>();
    Map<Series, TreeMap<LocalDate, Double>> histories = new LinkedHashMap<>();
    sales.forEach(
        (s, h) -> {
          histories.put(s, h);
          source.put(s, "sales");
        });
    orders.forEach(
        (s, h) -> {
          if (histories.putIfAbsent(s, h) == null) {
            source.put(s, "orders");
          }
        });
    return tx.execute(
        status -> store(partnerId, arrangement, firstWeek, thisWeek, histories, source));
  }

  private Computed store(
      String partnerId,
      CollaborationArrangement arrangement,
      LocalDate firstWeek,
      LocalDate thisWeek,
      Map<Series, TreeMap<LocalDate, Double>> histories,
      Map<Series, String> source) {
    List<Series> inScope =
        histories.keySet().stream()
            .filter(s -> arrangement.covers(s.sku(), s.location()))
            .sorted((a, b) -> (a.sku() + a.location()).compareTo(b.sku() + b.location()))
            .toList();
    List<Line> lines = new ArrayList<>();
    for (Series s : inScope) {
      Baseline.Forecast forecast =
          Baseline.of(weekly(histories.get(s), thisWeek), arrangement.horizonWeeks());
      if (forecast == null) {
        continue;
      }
      for (int h = 0; h < forecast.weeks().size(); h++) {
        lines.add(
            new Line(
                s.sku(),
                s.location(),
                firstWeek.plusWeeks(h),
                BigDecimal.valueOf(forecast.weeks().get(h)).setScale(3, RoundingMode.HALF_UP),
                forecast.method().name(),
                source.get(s)));
      }
    }
    Computed computed = storeVersion(partnerId, firstWeek, lines, arrangement);
    events.record(
        HubEvents.Severity.INFO,
        "baseline-computed",
        partnerId,
        "our forecast v" + computed.version(),
        computed.series()
            + " series, "
            + computed.buckets()
            + " weekly buckets from the week of "
            + firstWeek
            + ", "
            + computed.overridden()
            + " of them planners' overrides");
    return computed;
  }

  /**
   * Stores the next version of our forecast for a partner: its latest version from next week on
   * with the planners' standing overrides applied (inside the caller's transaction).
   *
   * @throws IllegalStateException when there is no version yet to apply them to
   */
  Computed withOverrides(String partnerId, CollaborationArrangement arrangement) {
    LocalDate firstWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
    Long latest =
        jdbc.queryForObject(
            "select max(id) from our_forecast where partner_id = ?", Long.class, partnerId);
    if (latest == null) {
      throw new IllegalStateException(
          "no forecast of ours for " + partnerId + " yet: compute the baseline first");
    }
    List<Line> lines =
        jdbc.query(
            "select sku, location, week_start, quantity, method, history from our_forecast_line"
                + " where forecast_id = ? and week_start >= ? and method <> 'OVERRIDE'"
                + " order by sku, location, week_start",
            (rs, n) ->
                new Line(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getDate(3).toLocalDate(),
                    rs.getBigDecimal(4),
                    rs.getString(5),
                    rs.getString(6)),
            latest,
            Date.valueOf(firstWeek));
    return storeVersion(partnerId, firstWeek, lines, arrangement);
  }

  /** Stores lines as the next version, the standing overrides of their weeks applied. */
  private Computed storeVersion(
      String partnerId,
      LocalDate firstWeek,
      List<Line> baseline,
      CollaborationArrangement arrangement) {
    Map<PlannerOverrides.Bucket, BigDecimal> overrides =
        PlannerOverrides.standing(
            jdbc, partnerId, firstWeek, firstWeek.plusWeeks(arrangement.horizonWeeks()));
    Map<PlannerOverrides.Bucket, Line> lines = new TreeMap<>();
    for (Line line : baseline) {
      lines.put(new PlannerOverrides.Bucket(line.sku(), line.location(), line.week()), line);
    }
    overrides.forEach(
        (bucket, quantity) ->
            lines.put(
                bucket,
                new Line(
                    bucket.sku(),
                    bucket.location(),
                    bucket.week(),
                    quantity,
                    "OVERRIDE",
                    "planner")));
    int version =
        jdbc.queryForObject(
                "select coalesce(max(version), 0) from our_forecast where partner_id = ?",
                Integer.class,
                partnerId)
            + 1;
    long series =
        lines.keySet().stream().map(b -> b.sku() + "\n" + b.location()).distinct().count();
    long forecastId =
        GeneratedKeys.insert(
            jdbc,
            "insert into our_forecast (partner_id, version, created_at, first_week, series,"
                + " overridden) values (?, ?, ?, ?, ?, ?)",
            partnerId,
            version,
            Timestamp.from(clock.instant()),
            Date.valueOf(firstWeek),
            (int) series,
            overrides.size());
    List<Object[]> rows = new ArrayList<>(lines.size());
    for (Line l : lines.values()) {
      rows.add(
          new Object[] {
            forecastId,
            l.sku(),
            l.location(),
            Date.valueOf(l.week()),
            l.quantity(),
            l.method(),
            l.history()
          });
    }
    jdbc.batchUpdate(
        "insert into our_forecast_line (forecast_id, sku, location, week_start, quantity, method,"
            + " history) values (?, ?, ?, ?, ?, ?, ?)",
        rows);
    return new Computed(partnerId, version, firstWeek, (int) series, rows.size(), overrides.size());
  }

  /** A history as consecutive weeks, its first week to the last full week, gaps as 0. */
  private static List<Double> weekly(TreeMap<LocalDate, Double> history, LocalDate thisWeek) {
    List<Double> weeks = new ArrayList<>();
    if (history.isEmpty()) {
      return weeks;
    }
    LocalDate first = history.firstKey();
    long count = ChronoUnit.WEEKS.between(first, thisWeek);
    for (long w = 0; w < count; w++) {
      weeks.add(history.getOrDefault(first.plusWeeks(w), 0.0));
    }
    return weeks;
  }

  /** Weekly units sold (852 QA) before this week, the latest report of each week. */
  private Map<Series, TreeMap<LocalDate, Double>> sales(String partnerId, LocalDate thisWeek) {
    Map<String, Long> latest = new HashMap<>();
    Map<String, Object[]> values = new HashMap<>();
    jdbc.query(
        "select r.id, r.week_start, a.sku, a.location, a.quantity from product_activity a"
            + " join activity_report r on r.id = a.report_id"
            + " where r.partner_id = ? and a.activity = 'QA' and r.week_start < ?",
        rs -> {
          LocalDate week = rs.getDate(2).toLocalDate();
          String key = rs.getString(3) + "\n" + rs.getString(4) + "\n" + week;
          long report = rs.getLong(1);
          if (latest.getOrDefault(key, -1L) < report) {
            latest.put(key, report);
            values.put(
                key,
                new Object[] {new Series(rs.getString(3), rs.getString(4)), week, rs.getDouble(5)});
          }
        },
        partnerId,
        Date.valueOf(thisWeek));
    Map<Series, TreeMap<LocalDate, Double>> histories = new HashMap<>();
    for (Object[] v : values.values()) {
      histories
          .computeIfAbsent((Series) v[0], s -> new TreeMap<>())
          .put((LocalDate) v[1], (Double) v[2]);
    }
    return histories;
  }

  /** Weekly quantities ordered before this week, by PO date and ship-to location. */
  private Map<Series, TreeMap<LocalDate, Double>> orders(String partnerId, LocalDate thisWeek) {
    Map<Series, TreeMap<LocalDate, Double>> histories = new HashMap<>();
    jdbc.query(
        "select l.sku, o.ship_to_id, o.po_date, l.quantity from order_line l"
            + " join purchase_order o on o.id = l.order_id"
            + " where o.partner_id = ? and l.sku is not null and o.po_date is not null"
            + " and o.po_date < ?",
        rs -> {
          LocalDate week =
              rs.getDate(3).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          String location = rs.getString(2) == null ? "" : rs.getString(2);
          histories
              .computeIfAbsent(new Series(rs.getString(1), location), s -> new TreeMap<>())
              .merge(week, rs.getDouble(4), Double::sum);
        },
        partnerId,
        Date.valueOf(thisWeek));
    return histories;
  }
}
