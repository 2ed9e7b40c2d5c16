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
 * Control numbers on H2 as the hub opens it: taken by many transactions at once they are unique and
 * gap-free (the row lock makes each taker see the number the previous one committed); a counter
 * found behind the numbers stored documents carry (a database that lost its last updates in a
 * crash) is raised at start, and numbering continues after the highest one used.
 */
class ControlNumbersTest {

  @TempDir Path dir;
  private JdbcDataSource dataSource;

  private JdbcDataSource database() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:"
            + dir.resolve("db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    Flyway.configure().dataSource(dataSource).load().migrate();
    return dataSource;
  }

  @Test
  void raises_a_counter_left_behind_the_stored_documents() {
    JdbcTemplate jdbc = new JdbcTemplate(database());
    ControlNumbers numbers = new ControlNumbers(jdbc);
    assertThat(numbers.ensure(List.of("acme"))).isEmpty();
    long id =
        io.tradelane.runtime.GeneratedKeys.insert(
            jdbc,
            "insert into outbound_document (partner_id, doc_type, source_kind, source_id,"
                + " interchange_control, group_control, file_name, content, status, created_at)"
                + " values ('acme', '855', 'ORDER', 1, 5, 4, '855-000000005.edi', 'x', 'DELIVERED',"
                + " current_timestamp)");
    jdbc.update("insert into outbound_set (outbound_document_id, set_control) values (?, 7)", id);

    List<String> repaired = numbers.ensure(List.of("acme"));

    assertThat(repaired)
        .containsExactly(
            "ISA counter of acme was 0, behind the 5 already used by a stored document: raised to 5",
            "GS counter of acme was 0, behind the 4 already used by a stored document: raised to 4",
            "ST counter of acme was 0, behind the 7 already used by a stored document: raised to 7");
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    Long next = tx.execute(s -> numbers.next("acme", ControlNumbers.Kind.ISA));
    assertThat(next).isEqualTo(6L);
    assertThat(numbers.ensure(List.of("acme"))).isEmpty();
  }

  @Test
  void concurrent_takers_get_unique_gap_free_numbers() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(database());
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
