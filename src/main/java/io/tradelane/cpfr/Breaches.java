package io.tradelane.cpfr;

import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of CPFR exceptions as an exception run adds to it: a breach of a criterion becomes an
 * open exception unless the same breach is known already (open, or resolved on the same data).
 */
final class Breaches {

  /**
   * One breach of a criterion: the values compared, the measure and threshold, and the forecast
   * versions compared (null for criteria not about two versions); {@code side} names the side whose
   * forecast breaks an accuracy criterion (null for the others).
   */
  record Breach(
      String partnerId,
      String metric,
      String side,
      String sku,
      String location,
      LocalDate week,
      BigDecimal theirs,
      BigDecimal ours,
      BigDecimal measured,
      BigDecimal threshold,
      String priority,
      Long partnerForecast,
      Long ourForecast) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  Breaches(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Opens an exception unless the same breach is open, or was resolved on the same forecasts;
   * returns how many were opened.
   */
  int open(Breach b) {
    // open, or resolved on the same two forecasts: the breach is known already
    // a side's accuracy is measured over a window that moves each week: while one exception on it
    // is open, a later week's breach of the same item and location is the same breach
    boolean ongoing = b.side() != null;
    List<Long> open =
        jdbc.queryForList(
            "select id from cpfr_exception where partner_id = ? and metric = ?"
                + " and coalesce(side, '') = ? and sku = ? and location = ?"
                + " and ((status = 'OPEN' and (? or week_start = ?))"
                + " or (week_start = ? and coalesce(partner_forecast_id, -1) = ?"
                + " and coalesce(our_forecast_id, -1) = ?))",
            Long.class,
            b.partnerId(),
            b.metric(),
            b.side() == null ? "" : b.side(),
            b.sku(),
            b.location(),
            ongoing,
            Date.valueOf(b.week()),
            Date.valueOf(b.week()),
            b.partnerForecast() == null ? -1L : b.partnerForecast(),
            b.ourForecast() == null ? -1L : b.ourForecast());
    if (!open.isEmpty()) {
      return 0;
    }
    GeneratedKeys.insert(
        jdbc,
        "insert into cpfr_exception (partner_id, metric, side, sku, location, week_start,"
            + " partner_value, our_value, measured, threshold, priority, partner_forecast_id,"
            + " our_forecast_id, status, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " 'OPEN', ?)",
        b.partnerId(),
        b.metric(),
        b.side(),
        b.sku(),
        b.location(),
        Date.valueOf(b.week()),
        b.theirs(),
        b.ours(),
        b.measured(),
        b.threshold(),
        b.priority(),
        b.partnerForecast(),
        b.ourForecast(),
        Timestamp.from(clock.instant()));
    return 1;
  }
}
