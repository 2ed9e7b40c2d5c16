package io.tradelane.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Control numbers taken by many transactions at once, on H2 as the hub opens it, are unique and
 * gap-free: the row lock makes each taker see the number the previous one committed.
 */
class ControlNumbersConcurrencyTest {

  @TempDir Path dir;

  @Test
  void concurrent_takers_get_unique_gap_free_numbers() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:"
            + dir.resolve("db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    Flyway.configure().dataSource(dataSource).load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ControlNumbers numbers = new ControlNumbers(jdbc);
    numbers.ensure(List.of("acme"));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    Set<Long> taken = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> results =
        java.util.stream.IntStream.range(0, 800)
            .mapToObj(
                i ->
                    pool.submit(
                        () ->
                            tx.execute(
                                s -> taken.add(numbers.next("acme", ControlNumbers.Kind.ISA)))))
            .toList();
    for (Future<Boolean> r : results) {
      assertThat(r.get(60, TimeUnit.SECONDS)).as("a number taken twice").isTrue();
    }
    pool.shutdown();

    assertThat(taken).hasSize(800).allMatch(n -> n >= 1 && n <= 800);
  }
}
