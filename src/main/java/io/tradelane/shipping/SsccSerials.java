package io.tradelane.shipping;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out our SSCCs: the next serial references of our company prefix and extension digit, taken
 * from a counter row locked for the caller's transaction, so that two nodes never hand out the same
 * number and a rollback gives the numbers back. Every number handed out is recorded; when the
 * serials run out the counter starts again at 0, but a number is never handed out again within the
 * reuse window (GS1: at least 12 months) of its last allocation.
 */
public final class SsccSerials {

  private final JdbcTemplate jdbc;
  private final SerialRange range;
  private final Duration reuseAfter;
  private final Clock clock;

  /**
   * Creates the counter of this prefix and extension digit if it does not exist yet.
   *
   * @param companyPrefix our GS1 company prefix ({@code hub.gs1.company-prefix}), 6 to 12 digits
   * @param extensionDigit 0 to 9 ({@code hub.gs1.sscc-extension})
   * @param reuseAfter how long a number stays taken ({@code hub.gs1.sscc-reuse-days}, 365 days)
   */
  public SsccSerials(
      JdbcTemplate jdbc,
      String companyPrefix,
      int extensionDigit,
      Duration reuseAfter,
      Clock clock) {
    this.jdbc = jdbc;
    this.range = SerialRange.of(extensionDigit, companyPrefix);
    this.reuseAfter = reuseAfter;
    this.clock = clock;
    createCounter();
  }

  /** The next SSCC; must run inside a transaction. */
  public Sscc next(String shipmentRef) {
    return next(1, shipmentRef).get(0);
  }

  /**
   * The next {@code count} SSCCs, in one lock, for one shipment (may be null); must run inside a
   * transaction. Concurrent callers wait for the lock.
   *
   * @throws IllegalStateException when the block would reuse a number allocated within the reuse
   *     window
   */
  public List<Sscc> next(int count, String shipmentRef) {
    if (count < 1 || count > range.size()) {
      throw new IllegalArgumentException("cannot allocate " + count + " SSCCs");
    }
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("SSCCs must be allocated inside a transaction");
    }
    long first = lockedNextSerial();
    Instant now = clock.instant();
    Instant cutoff = now.minus(reuseAfter);
    List<long[]> spans = spans(first, count);
    refuseRecentReuse(spans, count, cutoff);
    List<Sscc> numbers = new ArrayList<>(count);
    List<Object[]> rows = new ArrayList<>(count);
    Timestamp at = Timestamp.from(now);
    for (long[] span : spans) {
      forgetExpired(span, cutoff);
      for (long serial = span[0]; serial <= span[1]; serial++) {
        Sscc number = Sscc.of(range.extensionDigit(), range.companyPrefix(), serial);
        numbers.add(number);
        rows.add(
            new Object[] {
              number.digits(),
              range.companyPrefix(),
              range.extensionDigit(),
              serial,
              at,
              shipmentRef
            });
      }
    }
    jdbc.batchUpdate(
        "insert into sscc (number, company_prefix, extension_digit, serial_ref, allocated_at,"
            + " shipment_ref) values (?, ?, ?, ?, ?, ?)",
        rows);
    long after = (first + count) % range.size();
    jdbc.update(
        "update sscc_counter set next_serial = ? where company_prefix = ? and extension_digit = ?",
        after,
        range.companyPrefix(),
        range.extensionDigit());
    return numbers;
  }

  /** The serials from {@code first}, as one or (when they wrap past the largest) two spans. */
  private List<long[]> spans(long first, int count) {
    long last = first + count - 1;
    if (last <= range.max()) {
      return List.of(new long[] {first, last});
    }
    return List.of(new long[] {first, range.max()}, new long[] {0, last - range.size()});
  }

  private void refuseRecentReuse(List<long[]> spans, int count, Instant cutoff) {
    long recent = 0;
    for (long[] span : spans) {
      recent += recentInSpan(span, cutoff);
    }
    if (recent == 0) {
      return;
    }
    Long taken =
        jdbc.queryForObject(
            "select count(*) from sscc where company_prefix = ? and extension_digit = ?"
                + " and allocated_at > ?",
            Long.class,
            range.companyPrefix(),
            range.extensionDigit(),
            Timestamp.from(cutoff));
    throw new IllegalStateException(
        "no SSCC serials left for GS1 company prefix "
            + range.companyPrefix()
            + " (extension digit "
            + range.extensionDigit()
            + "): "
            + count
            + " asked for, "
            + recent
            + " of them allocated within the last "
            + reuseAfter.toDays()
            + " days; "
            + (range.size() - taken)
            + " of "
            + range.size()
            + " numbers are free");
  }

  /** How many serials of the span were allocated after the cutoff. */
  private long recentInSpan(long[] span, Instant cutoff) {
    return jdbc.queryForObject(
        "select count(*) from sscc where company_prefix = ? and extension_digit = ?"
            + " and serial_ref between ? and ? and allocated_at > ?",
        Long.class,
        range.companyPrefix(),
        range.extensionDigit(),
        span[0],
        span[1],
        Timestamp.from(cutoff));
  }

  /** Numbers about to be reused: their old rows (older than the window) make way. */
  private void forgetExpired(long[] span, Instant cutoff) {
    jdbc.update(
        "delete from sscc where company_prefix = ? and extension_digit = ?"
            + " and serial_ref between ? and ? and allocated_at <= ?",
        range.companyPrefix(),
        range.extensionDigit(),
        span[0],
        span[1],
        Timestamp.from(cutoff));
  }

  private long lockedNextSerial() {
    List<Long> next =
        jdbc.queryForList(
            "select next_serial from sscc_counter"
                + " where company_prefix = ? and extension_digit = ? for update",
            Long.class,
            range.companyPrefix(),
            range.extensionDigit());
    if (next.isEmpty()) {
      throw new IllegalStateException(
          "no SSCC counter for GS1 company prefix " + range.companyPrefix());
    }
    return next.get(0);
  }

  private void createCounter() {
    try {
      jdbc.update(
          "insert into sscc_counter (company_prefix, extension_digit, next_serial)"
              + " select ?, ?, 0 where not exists (select 1 from sscc_counter"
              + " where company_prefix = ? and extension_digit = ?)",
          range.companyPrefix(),
          range.extensionDigit(),
          range.companyPrefix(),
          range.extensionDigit());
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the counter exists: that is all this wanted
    }
  }
}
