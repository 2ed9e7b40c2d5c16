package io.tradelane.cpfr;

import io.tradelane.backoffice.InputRejected;
import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planners work CPFR exceptions: list them, comment, and resolve each by taking the partner's
 * number, ours, or an override; every comment and resolution is recorded with who and when.
 */
public final class CpfrExceptions {

  /** How an exception is resolved. */
  public enum Take {
    PARTNER,
    OURS,
    OVERRIDE,
    /** for an exception with no number to choose (in-stock): seen and dealt with */
    NOTED
  }

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public CpfrExceptions(TransactionTemplate tx, JdbcTemplate jdbc, Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A partner's exceptions, newest first, optionally of one status, with their comments. */
  public List<Map<String, Object>> list(String partnerId, String status) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, metric, side, sku, location, week_start, partner_value, our_value, measured,"
                + " threshold, priority, status, opened_at, resolution, resolved_quantity,"
                + " resolved_by, resolved_at from cpfr_exception where partner_id = ?"
                + " and (? = '' or status = ?) order by id desc",
            partnerId,
            status,
            status);
    for (Map<String, Object> row : rows) {
      row.put(
          "COMMENTS",
          jdbc.queryForList(
              "select author, written_at, text from cpfr_exception_comment"
                  + " where exception_id = ? order by id",
              row.get("ID")));
    }
    return rows;
  }

  /** Adds a planner's comment to an exception. */
  public void comment(long exceptionId, String author, String text) {
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw new InputRejected(List.of("text: a comment of 1 to 2000 characters"));
    }
    exists(exceptionId);
    GeneratedKeys.insert(
        jdbc,
        "insert into cpfr_exception_comment (exception_id, author, written_at, text)"
            + " values (?, ?, ?, ?)",
        exceptionId,
        author,
        Timestamp.from(clock.instant()),
        text.strip());
  }

  /**
   * Resolves an open exception.
   *
   * @param quantity the number agreed, for {@link Take#OVERRIDE} only
   * @return the quantity agreed (null when noted)
   * @throws InputRejected when it is not open, or the resolution does not fit it
   */
  public BigDecimal resolve(long exceptionId, Take take, BigDecimal quantity, String planner) {
    return tx.execute(
        status -> {
          Map<String, Object> e =
              jdbc
                  .queryForList(
                      "select status, metric, partner_value, our_value from cpfr_exception"
                          + " where id = ? for update",
                      exceptionId)
                  .stream()
                  .findFirst()
                  .orElseThrow(() -> new InputRejected(List.of("no exception " + exceptionId)));
          if (!"OPEN".equals(e.get("STATUS"))) {
            throw new InputRejected(List.of("exception " + exceptionId + " is not open"));
          }
          boolean numbers = "FORECAST_VARIANCE".equals(e.get("METRIC"));
          BigDecimal agreed =
              switch (take) {
                case PARTNER -> numbers ? (BigDecimal) e.get("PARTNER_VALUE") : null;
                case OURS -> numbers ? (BigDecimal) e.get("OUR_VALUE") : null;
                case OVERRIDE -> quantity;
                case NOTED -> null;
              };
          if (numbers && agreed == null) {
            throw new InputRejected(
                List.of("a forecast exception is resolved with partner, ours or override"));
          }
          if (!numbers && take != Take.NOTED) {
            throw new InputRejected(
                List.of("a " + e.get("METRIC") + " exception is resolved as noted"));
          }
          if (agreed != null && agreed.signum() < 0) {
            throw new InputRejected(List.of("quantity: 0 or more"));
          }
          jdbc.update(
              "update cpfr_exception set status = 'RESOLVED', resolution = ?,"
                  + " resolved_quantity = ?, resolved_by = ?, resolved_at = ? where id = ?",
              take.name(),
              agreed,
              planner,
              Timestamp.from(clock.instant()),
              exceptionId);
          return agreed;
        });
  }

  private void exists(long exceptionId) {
    Integer found =
        jdbc.queryForObject(
            "select count(*) from cpfr_exception where id = ?", Integer.class, exceptionId);
    if (found == null || found == 0) {
      throw new InputRejected(List.of("no exception " + exceptionId));
    }
  }
}
