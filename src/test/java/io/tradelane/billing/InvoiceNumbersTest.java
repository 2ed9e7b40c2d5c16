package io.tradelane.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice numbers taken by many transactions at once are unique and gap-free; a rolled back one is
 * given back; a second hub node (a second InvoiceNumbers on the same database) continues the same
 * sequence.
 */
class InvoiceNumbersTest {

  @TempDir Path dir;

  private JdbcDataSource database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:"
            + dir.resolve("db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
    Flyway.configure().dataSource(dataSource).load().migrate();
    return dataSource;
  }

  @Test
  void concurrent_invoices_get_unique_gap_free_numbers() throws Exception {
    JdbcDataSource dataSource = database();
    InvoiceNumbers numbers = new InvoiceNumbers(new JdbcTemplate(dataSource), "INV");
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    Set<String> taken = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> results =
        IntStream.range(0, 400)
            .mapToObj(i -> pool.submit(() -> tx.execute(s -> taken.add(numbers.next()))))
            .toList();
    for (Future<Boolean> r : results) {
      assertThat(r.get(60, TimeUnit.SECONDS)).as("a number taken twice").isTrue();
    }
    pool.shutdown();

    assertThat(taken)
        .hasSize(400)
        .contains("INV00000001", "INV00000400")
        .allMatch(n -> n.matches("INV\\d{8}"));
  }

  @Test
  void a_rolled_back_number_is_given_back_and_a_second_node_continues() {
    JdbcDataSource dataSource = database();
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    InvoiceNumbers first = new InvoiceNumbers(new JdbcTemplate(dataSource), "INV");
    String firstNumber = tx.execute(s -> first.next());
    assertThat(firstNumber).isEqualTo("INV00000001");
    tx.executeWithoutResult(
        s -> {
          first.next();
          s.setRollbackOnly();
        });

    InvoiceNumbers second = new InvoiceNumbers(new JdbcTemplate(dataSource), "INV");
    String next = tx.execute(s -> second.next());
    assertThat(next).isEqualTo("INV00000002");
  }

  @Test
  void refuses_a_prefix_that_would_not_fit_big02() {
    JdbcTemplate jdbc = new JdbcTemplate(database());

    assertThatThrownBy(() -> new InvoiceNumbers(jdbc, "inv/"))
        .hasMessage(
            "hub.invoice.prefix must be up to 12 capital letters, digits or dashes, not 'inv/'");
  }
}
