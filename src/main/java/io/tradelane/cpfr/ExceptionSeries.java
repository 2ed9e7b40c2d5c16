package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a planner weighs an exception against, week by week for its item and location: the partner's
 * latest forecast, our latest forecast, the latest consensus and the actual units sold (QA of the
 * latest 852 of each week), from {@value #WEEKS} weeks before the exception's week to {@value
 * #WEEKS} after.
 */
final class ExceptionSeries {

  static final int WEEKS = 8;

  private final JdbcTemplate jdbc;

  ExceptionSeries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The weeks (ISO dates) and, per series name, one value or null per week. */
  Map<String, Object> of(String partnerId, String sku, String location, LocalDate week) {
    Date from = Date.valueOf(week.minusWeeks(WEEKS));
    Date to = Date.valueOf(week.plusWeeks(WEEKS));
    Map<String, Map<LocalDate, BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        "partnerForecast",
        weekly(
            "select week_start, quantity from partner_forecast_line where forecast_id = (select"
                + " max(id) from partner_forecast where partner_id = ?) and sku = ? and location"
                + " = ? and week_start between ? and ?",
            partnerId,
            sku,
            location,
            from,
            to));
    series.put(
        "ourForecast",
        weekly(
            "select week_start, quantity from our_forecast_line where forecast_id = (select"
                + " max(id) from our_forecast where partner_id = ?) and sku = ? and location = ?"
                + " and week_start between ? and ?",
            partnerId,
            sku,
            location,
            from,
            to));
    series.put(
        "consensus",
        weekly(
            "select week_start, quantity from consensus_forecast_line where consensus_id ="
                + " (select max(id) from consensus_forecast where partner_id = ?) and sku = ? and"
                + " location = ? and week_start between ? and ?",
            partnerId,
            sku,
            location,
            from,
            to));
    series.put(
        "actualSales",
        weekly(
            "select r.week_start, a.quantity from product_activity a join activity_report r on"
                + " r.id = a.report_id where r.id in (select max(id) from activity_report where"
                + " partner_id = ? group by week_start) and a.sku = ? and a.location = ? and"
                + " a.activity = 'QA' and r.week_start between ? and ?",
            partnerId,
            sku,
            location,
            from,
            to));
    TreeSet<LocalDate> weeks = new TreeSet<>();
    series.values().forEach(s -> weeks.addAll(s.keySet()));
    weeks.add(week);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("weeks", weeks.stream().map(LocalDate::toString).toList());
    series.forEach(
        (name, values) -> {
          List<BigDecimal> column = new ArrayList<>();
          weeks.forEach(w -> column.add(values.get(w)));
          answer.put(name, column);
        });
    return answer;
  }

  private Map<LocalDate, BigDecimal> weekly(String sql, Object... args) {
    Map<LocalDate, BigDecimal> values = new TreeMap<>();
    jdbc.query(
        sql,
        rs -> {
          values.merge(
              rs.getDate(1).toLocalDate(),
              rs.getBigDecimal(2).stripTrailingZeros(),
              BigDecimal::add);
        },
        args);
    return values;
  }
}
