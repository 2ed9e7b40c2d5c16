package io.tradelane.cpfr;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.partner.PartnerDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CPFR reads of the console, behind its login: {@code GET /console/api/cpfr/exceptions} (every
 * partner's exceptions, filtered by partner, status, metric and priority, newest first) and {@code
 * GET /console/api/cpfr/exceptions/{id}} (one exception with its comments and the weekly series a
 * planner weighs it against: partner forecast, our forecast, consensus and actual sales). The
 * changes (resolve, comment, run, consensus, accuracy) go through {@link CpfrApi}, with the
 * console's user as the planner.
 */
public final class CpfrConsole {

  private static final int LIMIT = 500;

  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final ExceptionSeries series;
  private final ApiAnswers answers;

  public CpfrConsole(JdbcTemplate jdbc, PartnerDirectory partners, ApiAnswers answers) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.series = new ExceptionSeries(jdbc);
    this.answers = answers;
  }

  public void exceptions(
      @Header("partner") String partner,
      @Header("status") String status,
      @Header("metric") String metric,
      @Header("priority") String priority,
      Exchange exchange)
      throws Exception {
    if (present(partner) && partners.byId(partner.strip()).isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", List.of("partner: no partner " + partner)));
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "select id, partner_id as partner, metric, side, sku, location, week_start,"
                + " partner_value, our_value, measured, threshold, priority, status, opened_at,"
                + " resolution, resolved_by from cpfr_exception where 1 = 1");
    List<Object> args = new ArrayList<>();
    filter(sql, args, "partner_id", partner, false);
    filter(sql, args, "status", status, true);
    filter(sql, args, "metric", metric, true);
    filter(sql, args, "priority", priority, true);
    sql.append(" order by id desc fetch first ").append(LIMIT).append(" rows only");
    answers.answer(
        exchange,
        200,
        jdbc.queryForList(sql.toString(), args.toArray()).stream()
            .map(ApiAnswers::columns)
            .toList());
  }

  public void exception(@Header("id") String id, Exchange exchange) throws Exception {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      number = -1;
    }
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, partner_id as partner, metric, side, sku, location, week_start,"
                + " partner_value, our_value, measured, threshold, priority, status, opened_at,"
                + " resolution, resolved_quantity, resolved_by, resolved_at from cpfr_exception"
                + " where id = ?",
            number);
    if (rows.isEmpty()) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no exception " + id)));
      return;
    }
    Map<String, Object> exception = new LinkedHashMap<>(ApiAnswers.columns(rows.get(0)));
    exception.put(
        "comments",
        jdbc
            .queryForList(
                "select author, written_at, text from cpfr_exception_comment where exception_id"
                    + " = ? order by id",
                number)
            .stream()
            .map(ApiAnswers::columns)
            .toList());
    exception.put(
        "series",
        series.of(
            (String) exception.get("partner"),
            (String) exception.get("sku"),
            (String) exception.get("location"),
            LocalDate.parse(String.valueOf(exception.get("week_start")).substring(0, 10))));
    answers.answer(exchange, 200, exception);
  }

  private static void filter(
      StringBuilder sql, List<Object> args, String column, String value, boolean upper) {
    if (present(value)) {
      sql.append(" and ").append(column).append(" = ?");
      args.add(upper ? value.strip().toUpperCase(Locale.ROOT) : value.strip());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
