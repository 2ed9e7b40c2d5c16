package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How good each side's forecasts of a partner were, week by week, once actuals exist:
 *
 * <ul>
 *   <li>actual demand of an item at a location in a week: the partner's 852 sales (QA, the latest
 *       report of the week) where it reports any for that week, else what it ordered (by PO date
 *       and ship-to);
 *   <li>each side's forecast of a week: its latest version made before the week began (the
 *       partner's by when we received it);
 *   <li>over the items and locations with an actual and a forecast of that side: MAPE (the mean of
 *       |F - A| / A over those with A above 0), WMAPE (Σ|F - A| / ΣA) and bias ((ΣF - ΣA) / ΣA), in
 *       percent; an item and location without an actual that week is not counted (no signal is not
 *       a demand of 0);
 *   <li>in-stock: the share of items and locations with stock on hand in the week's 852 (null
 *       without one); fill rate: shipped over ordered of the week's orders.
 * </ul>
 */
public final class Accuracy {

  /** One side's accuracy in a week; null values where nothing could be compared. */
  public record Side(int series, BigDecimal mape, BigDecimal wmape, BigDecimal bias) {}

  /** A week's figures. */
  public record Week(
      LocalDate week, Side partner, Side ours, BigDecimal inStock, BigDecimal fillRate) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JdbcTemplate jdbc;
  private final StockOnHand stock;

  public Accuracy(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.stock = new StockOnHand(jdbc);
  }

  /** Every week with actual demand, oldest first. */
  public List<Week> weekly(String partnerId) {
    Map<LocalDate, Map<String, BigDecimal>> actuals = actuals(partnerId);
    List<Week> weeks = new ArrayList<>();
    for (Map.Entry<LocalDate, Map<String, BigDecimal>> week : actuals.entrySet()) {
      LocalDate start = week.getKey();
      weeks.add(
          new Week(
              start,
              side(partnerForecast(partnerId, start), week.getValue()),
              side(ourForecast(partnerId, start), week.getValue()),
              inStock(partnerId, start),
              fillRate(partnerId, start)));
    }
    return weeks;
  }

  private static Side side(Map<String, BigDecimal> forecast, Map<String, BigDecimal> actual) {
    int series = 0;
    BigDecimal errors = BigDecimal.ZERO;
    BigDecimal forecastSum = BigDecimal.ZERO;
    BigDecimal actualSum = BigDecimal.ZERO;
    BigDecimal percentSum = BigDecimal.ZERO;
    int percentCount = 0;
    for (Map.Entry<String, BigDecimal> a : actual.entrySet()) {
      BigDecimal f = forecast.get(a.getKey());
      if (f == null) {
        continue;
      }
      series++;
      BigDecimal error = f.subtract(a.getValue()).abs();
      errors = errors.add(error);
      forecastSum = forecastSum.add(f);
      actualSum = actualSum.add(a.getValue());
      if (a.getValue().signum() > 0) {
        percentSum =
            percentSum.add(error.multiply(HUNDRED).divide(a.getValue(), 6, RoundingMode.HALF_UP));
        percentCount++;
      }
    }
    if (series == 0) {
      return new Side(0, null, null, null);
    }
    return new Side(
        series,
        percentCount == 0
            ? null
            : percentSum.divide(BigDecimal.valueOf(percentCount), 3, RoundingMode.HALF_UP),
        percent(errors, actualSum),
        percent(forecastSum.subtract(actualSum), actualSum));
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.multiply(HUNDRED).divide(whole, 3, RoundingMode.HALF_UP);
  }

  /**
   * The partner's forecast of a week, by item and location ({@code sku + "\n" + location}): its
   * latest version received before the week began.
   */
  Map<String, BigDecimal> partnerForecast(String partnerId, LocalDate week) {
    return forecast(partnerId, "partner_forecast", "received_at", week);
  }

  /** Our forecast of a week, by item and location: our latest version made before it began. */
  Map<String, BigDecimal> ourForecast(String partnerId, LocalDate week) {
    return forecast(partnerId, "our_forecast", "created_at", week);
  }

  /** A side's forecast of a week: its latest version made before the week began. */
  private Map<String, BigDecimal> forecast(
      String partnerId, String table, String madeAt, LocalDate week) {
    Map<String, BigDecimal> forecast = new HashMap<>();
    Long version =
        jdbc.queryForObject(
            "select max(id) from " + table + " where partner_id = ? and " + madeAt + " < ?",
            Long.class,
            partnerId,
            Timestamp.valueOf(week.atStartOfDay()));
    if (version == null) {
      return forecast;
    }
    jdbc.query(
        "select sku, location, quantity from "
            + table
            + "_line where forecast_id = ?"
            + " and week_start = ?",
        rs -> {
          forecast.put(rs.getString(1) + "\n" + rs.getString(2), rs.getBigDecimal(3));
        },
        version,
        Date.valueOf(week));
    return forecast;
  }

  /**
   * Actual demand by week (oldest first), item and location ({@code sku + "\n" + location}): 852
   * sales where reported, else orders.
   */
  Map<LocalDate, Map<String, BigDecimal>> actuals(String partnerId) {
    Map<LocalDate, Map<String, BigDecimal>> sales = new TreeMap<>();
    // in report order, so that a later report of a week replaces an earlier one
    jdbc.query(
        "select r.week_start, a.sku, a.location, a.quantity from product_activity a"
            + " join activity_report r on r.id = a.report_id"
            + " where r.partner_id = ? and a.activity = 'QA' order by r.id",
        rs -> {
          LocalDate week = rs.getDate(1).toLocalDate();
          String series = rs.getString(2) + "\n" + rs.getString(3);
          sales.computeIfAbsent(week, w -> new LinkedHashMap<>()).put(series, rs.getBigDecimal(4));
        },
        partnerId);
    Map<LocalDate, Map<String, BigDecimal>> actuals = new TreeMap<>(sales);
    jdbc.query(
        "select l.sku, o.ship_to_id, o.po_date, l.quantity from order_line l"
            + " join purchase_order o on o.id = l.order_id"
            + " where o.partner_id = ? and l.sku is not null and o.po_date is not null",
        rs -> {
          LocalDate week =
              rs.getDate(3).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          if (sales.containsKey(week)) {
            return; // the week's sales are the better signal
          }
          String location = rs.getString(2) == null ? "" : rs.getString(2);
          actuals
              .computeIfAbsent(week, w -> new LinkedHashMap<>())
              .merge(rs.getString(1) + "\n" + location, rs.getBigDecimal(4), BigDecimal::add);
        },
        partnerId);
    return actuals;
  }

  private BigDecimal inStock(String partnerId, LocalDate week) {
    long locations = 0;
    long stocked = 0;
    for (StockOnHand.Coverage c : stock.bySku(partnerId, week).values()) {
      locations += c.locations();
      stocked += c.stocked();
    }
    return locations == 0
        ? null
        : percent(BigDecimal.valueOf(stocked), BigDecimal.valueOf(locations));
  }

  private BigDecimal fillRate(String partnerId, LocalDate week) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "select coalesce(sum(l.quantity), 0) as ordered, coalesce(sum(l.shipped), 0) as shipped"
                + " from order_line l join purchase_order o on o.id = l.order_id"
                + " where o.partner_id = ? and o.po_date >= ? and o.po_date < ?",
            partnerId,
            Date.valueOf(week),
            Date.valueOf(week.plusWeeks(1)));
    return percent(
        new BigDecimal(row.get("SHIPPED").toString()),
        new BigDecimal(row.get("ORDERED").toString()));
  }
}
