package io.tradelane.transport;

import io.tradelane.exchange.ContentStore;
import io.tradelane.exchange.InboundFiles;
import io.tradelane.exchange.InboundFiles.StoredFile;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Run in a JVM of its own with a heap smaller than the file by {@link LargeFileIntakeTest}: takes
 * one file in through {@link MailboxIntake} (H2 and the hub's migrations under the given folder),
 * reads the stored bytes back to their end (which checks their hash) and prints the row's size,
 * hash and the heap's peak.
 */
public final class LargeFileIntakeProbe {

  private LargeFileIntakeProbe() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    File file = new File(args[1]);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:" + work.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    Flyway.configure().dataSource(dataSource).load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    InboundFiles files =
        new InboundFiles(jdbc, new ContentStore(work.resolve("store")), Clock.systemUTC());

    String id = new MailboxIntake(files).store("acme/in/" + file.getName(), 1L, file);
    StoredFile stored = files.lock(Long.parseLong(id));
    long read;
    try (InputStream in = files.open(stored)) {
      read = in.transferTo(OutputStream.nullOutputStream());
    }
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        "stored %d %s read %d peak-heap-mb %d%n",
        stored.size(), stored.sha256(), read, peak / (1024 * 1024));
  }
}
