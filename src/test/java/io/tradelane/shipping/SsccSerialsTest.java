package io.tradelane.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.runtime.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SSCC allocation on the real schema (H2 in PostgreSQL mode with the hub's migrations; {@link
 * SsccSerialsPostgresTest} runs the same on PostgreSQL): sequential, in blocks, without duplicates
 * under concurrency, across restarts, and never reusing a number within the reuse window.
 */
class SsccSerialsTest {

  static final String PREFIX = "0614141";
  // 12 digits leave 4 for the serial: 10,000 numbers, so the counter can be run to its end
  static final String LONG_PREFIX = "061414100000";
  static final Duration YEAR = Duration.ofDays(365);

  JdbcTemplate jdbc;
  TransactionTemplate tx;
  MovableClock clock = new MovableClock(Instant.parse("2025-03-01T10:00:00Z"));

  /** A migrated, empty database. */
  DataSource database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:sscc-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return h2;
  }

  @BeforeEach
  void migrated() {
    DataSource dataSource = database();
    Flyway.configure().dataSource(dataSource).load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  SsccSerials serials(String prefix) {
    return new SsccSerials(jdbc, prefix, 0, YEAR, clock);
  }

  <T> T inTransaction(Supplier<T> work) {
    return tx.execute(status -> work.get());
  }

  @Test
  void hands_out_serials_in_sequence_from_zero_and_records_them() {
    SsccSerials serials = serials(PREFIX);

    Sscc first = inTransaction(() -> serials.next("SHIP-1"));
    Sscc second = inTransaction(() -> serials.next(null));

    assertThat(first).isEqualTo(Sscc.of(0, PREFIX, 0));
    assertThat(second).isEqualTo(Sscc.of(0, PREFIX, 1));
    assertThat(
            jdbc.queryForList(
                "select number || ' ' || coalesce(shipment_ref, '-') from sscc order by number",
                String.class))
        .containsExactly(first.digits() + " SHIP-1", second.digits() + " -");
  }

  @Test
  void hands_out_a_block_for_a_shipment_in_one_go() {
    SsccSerials serials = serials(PREFIX);
    inTransaction(() -> serials.next(null));

    List<Sscc> block = inTransaction(() -> serials.next(3, "SHIP-2"));

    assertThat(block)
        .containsExactly(Sscc.of(0, PREFIX, 1), Sscc.of(0, PREFIX, 2), Sscc.of(0, PREFIX, 3));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sscc where shipment_ref = 'SHIP-2'", Integer.class))
        .isEqualTo(3);
  }

  @Test
  void keeps_prefixes_and_extension_digits_apart() {
    SsccSerials ours = serials(PREFIX);
    SsccSerials other = new SsccSerials(jdbc, PREFIX, 1, YEAR, clock);
    inTransaction(() -> ours.next(5, null));

    assertThat(inTransaction(() -> other.next(null))).isEqualTo(Sscc.of(1, PREFIX, 0));
    assertThat(inTransaction(() -> ours.next(null))).isEqualTo(Sscc.of(0, PREFIX, 5));
  }

  @Test
  void a_rollback_gives_the_numbers_back() {
    SsccSerials serials = serials(PREFIX);
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      serials.next(2, "SHIP-LOST");
                      throw new IllegalStateException("the shipment failed");
                    }))
        .hasMessage("the shipment failed");

    assertThat(inTransaction(() -> serials.next(null))).isEqualTo(Sscc.of(0, PREFIX, 0));
    assertThat(jdbc.queryForObject("select count(*) from sscc", Integer.class)).isEqualTo(1);
  }

  @Test
  void refuses_to_allocate_outside_a_transaction() {
    SsccSerials serials = serials(PREFIX);
    assertThatThrownBy(() -> serials.next(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SSCCs must be allocated inside a transaction");
  }

  @Test
  void a_restarted_hub_continues_where_the_last_one_stopped() {
    inTransaction(() -> serials(PREFIX).next(4, null));

    SsccSerials afterRestart = serials(PREFIX);

    assertThat(inTransaction(() -> afterRestart.next(null))).isEqualTo(Sscc.of(0, PREFIX, 4));
  }

  @Test
  void concurrent_allocations_never_hand_out_the_same_number() throws Exception {
    int threads = 4;
    int rounds = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Sscc>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        // each thread stands for a node: its own SsccSerials on the shared database
        SsccSerials node = serials(PREFIX);
        Callable<List<Sscc>> work =
            () -> {
              List<Sscc> mine = new ArrayList<>();
              for (int i = 0; i < rounds; i++) {
                mine.addAll(inTransaction(() -> node.next(2, null)));
              }
              return mine;
            };
        results.add(pool.submit(work));
      }
      List<Sscc> all = new ArrayList<>();
      for (Future<List<Sscc>> result : results) {
        all.addAll(result.get());
      }

      assertThat(all).hasSize(threads * rounds * 2).doesNotHaveDuplicates();
      assertThat(all.stream().map(s -> s.digits().substring(8, 17)).sorted().toList())
          .isEqualTo(
              IntStream.range(0, threads * rounds * 2)
                  .mapToObj(i -> String.format("%09d", i))
                  .toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void wraps_around_after_the_largest_serial_when_the_old_numbers_are_past_the_window() {
    SsccSerials serials = serials(LONG_PREFIX);
    inTransaction(() -> serials.next(3, "OLD"));
    moveCounterTo(LONG_PREFIX, 9998);
    clock.advance(YEAR.plusDays(1));

    List<Sscc> block = inTransaction(() -> serials.next(4, "NEW"));

    assertThat(block)
        .containsExactly(
            Sscc.of(0, LONG_PREFIX, 9998),
            Sscc.of(0, LONG_PREFIX, 9999),
            Sscc.of(0, LONG_PREFIX, 0),
            Sscc.of(0, LONG_PREFIX, 1));
    assertThat(
            jdbc.queryForList(
                "select shipment_ref from sscc where serial_ref < 3 order by serial_ref",
                String.class))
        .containsExactly("NEW", "NEW", "OLD");
  }

  @Test
  void refuses_to_wrap_onto_numbers_allocated_within_the_window() {
    SsccSerials serials = serials(LONG_PREFIX);
    inTransaction(() -> serials.next(3, "RECENT"));
    moveCounterTo(LONG_PREFIX, 9999);
    clock.advance(YEAR.minusDays(1));
    inTransaction(() -> serials.next(null));

    assertThatThrownBy(() -> inTransaction(() -> serials.next(2, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no SSCC serials left for GS1 company prefix 061414100000 (extension digit 0):"
                + " 2 asked for, 2 of them allocated within the last 365 days;"
                + " 9996 of 10000 numbers are free");

    clock.advance(Duration.ofDays(2));
    assertThat(inTransaction(() -> serials.next(2, null)))
        .containsExactly(Sscc.of(0, LONG_PREFIX, 0), Sscc.of(0, LONG_PREFIX, 1));
  }

  @Test
  void rejects_a_misconfigured_prefix_at_construction() {
    assertThatThrownBy(() -> serials("12345"))
        .hasMessage("GS1 company prefix must be 6 to 12 digits, got '12345'");
  }

  /** Stands for the serials before it having been used (their rows are not needed for this). */
  private void moveCounterTo(String prefix, long next) {
    jdbc.update("update sscc_counter set next_serial = ? where company_prefix = ?", next, prefix);
  }
}
