package io.tradelane.runtime;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole hub in this JVM, as {@code java -jar} would start it (same configuration class, same
 * YAML routes, same {@code config/}), on a fresh data folder under {@code target/}, a free HTTP
 * port and, when given, a fixed clock.
 */
public final class InJvmHub implements AutoCloseable {

  private final Main main;
  private final Path dataDir;

  private InJvmHub(Main main, Path dataDir) {
    this.main = main;
    this.dataDir = dataDir;
  }

  public static InJvmHub start(String name, Clock clock, Map<String, String> overrides)
      throws Exception {
    Path dataDir = Path.of("target", "hubs", name + "-" + System.nanoTime()).toAbsolutePath();
    return start(dataDir, clock, overrides);
  }

  /** Starts a hub on an existing data folder, as a restart does. */
  public static InJvmHub start(Path dataDir, Clock clock, Map<String, String> overrides)
      throws Exception {
    Main main = new Main();
    main.setPropertyPlaceholderLocations("file:config/application.properties");
    main.configure().addConfiguration(HubConfiguration.class);
    main.addOverrideProperty("hub.data-dir", dataDir.toString());
    main.addOverrideProperty("hub.http.port", "0");
    main.addOverrideProperty("hub.sftp.port", Integer.toString(freePort()));
    main.addOverrideProperty("hub.as2.port", Integer.toString(freePort()));
    main.addOverrideProperty("hub.intake.min-age-ms", "100");
    main.addOverrideProperty("hub.intake.poll-ms", "50");
    overrides.forEach(main::addOverrideProperty);
    if (clock != null) {
      main.bind("hubClock", clock);
    }
    try {
      main.start();
    } catch (Exception e) {
      main.stop();
      main.shutdown();
      throw e;
    }
    InJvmHub hub = new InJvmHub(main, dataDir);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> main.getCamelContext() != null && main.getCamelContext().isStarted());
    return hub;
  }

  private static int freePort() {
    return FreePorts.next();
  }

  /** Copies the project's {@code config/} folder to {@code to}, to change a profile in a test. */
  public static void copyConfig(Path to) throws IOException {
    Path from = Path.of("config");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The port of the hub's SFTP server. */
  public int sftpPort() {
    return Integer.parseInt(
        camel().getPropertiesComponent().resolveProperty("hub.sftp.port").orElseThrow());
  }

  public CamelContext camel() {
    return main.getCamelContext();
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path inbox(String partner) {
    return dataDir.resolve("mailbox").resolve(partner).resolve("in");
  }

  public Path outbox(String partner) {
    return dataDir.resolve("mailbox").resolve(partner).resolve("out");
  }

  /** Drops a file into a partner's inbox the way a careful partner does: write, then rename. */
  public void drop(String partner, String name, byte[] content) {
    try {
      Path in = inbox(partner);
      Path part = in.resolve(name + ".part");
      Files.write(part, content);
      Files.move(part, in.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until a partner's outbox holds files whose names start with each prefix given, and
   * returns them sorted.
   */
  public List<Path> awaitOutbox(String partner, List<String> prefixes) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> prefixes.stream().allMatch(p -> !files(outbox(partner), p).isEmpty()));
    return prefixes.stream().flatMap(p -> files(outbox(partner), p).stream()).toList();
  }

  public static List<Path> files(Path folder, String prefix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JDBC view of the hub's database, for assertions; the hub must be running (H2 allows the
   * second connection in-JVM).
   */
  public JdbcTemplate jdbc() {
    javax.sql.DataSource ds =
        camel().getRegistry().lookupByNameAndType("dataSource", javax.sql.DataSource.class);
    return new JdbcTemplate(ds);
  }

  @Override
  public void close() {
    main.stop();
    main.shutdown();
  }
}
