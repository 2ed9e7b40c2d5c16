package io.tradelane.shipping;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SSCC allocation tests on a real PostgreSQL server (binaries shipped as Maven artifacts, a
 * free port): one server for the class, a new database per test.
 */
class SsccSerialsPostgresTest extends SsccSerialsTest {

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Override
  DataSource database() {
    String name = "sscc_" + DATABASES.incrementAndGet();
    new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
    return postgres.getDatabase("postgres", name);
  }
}
