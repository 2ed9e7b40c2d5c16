package io.tradelane.runtime;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's database: embedded H2 in file mode under {@code <data-dir>/db} unless {@code
 * hub.db.url} names another (PostgreSQL), with the schema brought up to date by Flyway on start.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens the pool and migrates the schema. */
  public static Database open(HubSettings settings) {
    String url = settings.text("hub.db.url");
    if (url.isEmpty()) {
      url = embeddedUrl(settings.dataDir().resolve("db"));
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("tradelane-db");
    config.setJdbcUrl(url);
    config.setUsername(settings.text("hub.db.user"));
    config.setPassword(settings.text("hub.db.password"));
    config.setMaximumPoolSize(settings.integer("hub.db.pool-size"));
    config.setAutoCommit(true);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      var result = Flyway.configure().dataSource(dataSource).load().migrate();
      LOG.info("Database {} at schema version {}", redact(url), result.targetSchemaVersion);
      return new Database(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * H2 in PostgreSQL mode so that one set of migrations serves both. WRITE_DELAY=0 writes every
   * commit to the file before it returns, so a killed process loses no committed transaction (H2
   * does not fsync; a power cut can still lose the last commits).
   *
   * <p>RETENTION_TIME keeps the file space of what was written in the last five minutes from being
   * reused (H2's default is 45 s). With the default, H2 came back from SIGKILLs with committed work
   * lost: on 2.5.252 the kill probe (bench/run-h2-kill-probe.sh) lost entries within 16 kills in
   * both runs tried, and on 2.4.240 the hub (CrashRecoveryIT) came back once in 10 runs with an
   * index pointing at a missing row. With 2.4.240 and five minutes it is far rarer but not never:
   * the probe lost one counter update in about 120 kills (docs/performance.md). Embedded H2 is the
   * laptop default; production runs on PostgreSQL. The price of the retention is disk: the file
   * keeps up to five minutes of written pages (under full load about 10 MB/s here).
   */
  static String embeddedUrl(Path directory) {
    return "jdbc:h2:file:"
        + directory.resolve("tradelane")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";WRITE_DELAY=0;RETENTION_TIME=300000;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
