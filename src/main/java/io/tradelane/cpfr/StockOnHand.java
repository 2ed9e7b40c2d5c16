package io.tradelane.cpfr;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's stock on hand (852 {@code QS}) in a week, per SKU: how many of its locations report
 * the item and how many of them have stock. A partner may report each store in its own 852, or
 * correct one later: each location counts once, with its latest report of the week.
 */
final class StockOnHand {

  /** One SKU's locations in a week: how many report it, how many of them have stock. */
  record Coverage(long locations, long stocked) {}

  private final JdbcTemplate jdbc;

  StockOnHand(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest week the partner reported stock on hand for, if any. */
  Optional<LocalDate> latestWeek(String partnerId) {
    Date week =
        jdbc.queryForObject(
            "select max(r.week_start) from activity_report r where r.partner_id = ?"
                + " and exists (select 1 from product_activity a where a.report_id = r.id"
                + " and a.activity = 'QS')",
            Date.class,
            partnerId);
    return Optional.ofNullable(week).map(Date::toLocalDate);
  }

  /** Per SKU (in SKU order), its coverage in the week; empty when nothing was reported. */
  Map<String, Coverage> bySku(String partnerId, LocalDate week) {
    Map<String, Coverage> coverage = new LinkedHashMap<>();
    jdbc.query(
        "select sku, count(*), sum(case when quantity > 0 then 1 else 0 end) from ("
            + " select a.sku, a.quantity, row_number() over (partition by a.sku, a.location"
            + " order by a.report_id desc) as latest"
            + " from product_activity a join activity_report r on r.id = a.report_id"
            + " where r.partner_id = ? and r.week_start = ? and a.activity = 'QS') reported"
            + " where latest = 1 group by sku order by sku",
        rs -> {
          coverage.put(rs.getString(1), new Coverage(rs.getLong(2), rs.getLong(3)));
        },
        partnerId,
        Date.valueOf(week));
    return coverage;
  }
}
