package io.tradelane.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged hub ({@code target/tradelane.jar}) running as a child process, the way an operator
 * runs it: working directory the project root (which holds {@code config/}), its own data directory
 * under {@code target/}, free ports for HTTP, SFTP and AS2, output appended to a log file under
 * {@code target/it-logs/}. {@link #restart()} starts it again on the same data directory, for crash
 * and restart tests.
 */
public final class HubProcess implements AutoCloseable {

  /** How long the hub may take from launch to {@code /health} answering 200. */
  public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

  private final Path projectRoot;
  private final Path dataDir;
  private final Path log;
  private final Map<String, String> settings;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int launches;
  private int httpPort;

  private HubProcess(Path projectRoot, Path dataDir, Path log, Map<String, String> settings) {
    this.projectRoot = projectRoot;
    this.dataDir = dataDir;
    this.log = log;
    this.settings = settings;
  }

  /**
   * Starts the hub on a fresh data directory {@code target/it-data/<name>-<time>} and waits until
   * it is healthy.
   *
   * @param settings extra {@code -D} settings, e.g. {@code hub.intake.min-age-ms}
   */
  public static HubProcess start(String name, Map<String, String> settings) {
    Path root = projectRoot();
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path dataDir = root.resolve("target/it-data").resolve(name + "-" + stamp);
    Path log = root.resolve("target/it-logs").resolve(name + "-" + stamp + ".log");
    return startOn(dataDir, log, settings);
  }

  /** Starts the hub on the given data directory (created when missing) and waits for health. */
  public static HubProcess startOn(Path dataDir, Path log, Map<String, String> settings) {
    HubProcess hub =
        new HubProcess(
            projectRoot(),
            dataDir.toAbsolutePath().normalize(),
            log,
            new LinkedHashMap<>(settings));
    hub.launch();
    return hub;
  }

  /** The project root: Maven's {@code basedir} when set, else the working directory. */
  public static Path projectRoot() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .toAbsolutePath()
        .normalize();
  }

  private void launch() {
    Path jar = projectRoot.resolve("target/tradelane.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first");
    }
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(log.getParent());
      for (String partner : List.of("acme", "bigbox")) {
        Files.createDirectories(inbox(partner));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    httpPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.add("-Dhub.data-dir=" + dataDir);
    command.add("-Dhub.config-dir=" + projectRoot.resolve("config"));
    command.add("-Dhub.http.port=" + httpPort);
    command.add("-Dhub.sftp.port=" + freePort());
    command.add("-Dhub.as2.port=" + freePort());
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    try {
      Files.writeString(
          log,
          "=== launch " + ++launches + ": " + String.join(" ", command) + "\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(command)
              .directory(projectRoot.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the hub", e);
    }
    awaitHealthy();
  }

  private void awaitHealthy() {
    await("hub /health on port " + httpPort + " (log " + log + ")")
        .atMost(STARTUP_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .failFast(
            "the hub process exited",
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    "the hub exited with "
                        + process.exitValue()
                        + "; end of "
                        + log
                        + ":\n"
                        + logTail(30));
              }
            })
        .until(() -> health() == 200);
  }

  /** The last lines of the hub's log, for failure messages. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  /** The status code of {@code GET /health}. */
  public int health() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Stops the hub the polite way (SIGTERM, then waits for it to finish shutting down). */
  public void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new IllegalStateException("the hub did not stop within 90 s; killed it. See " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Kills the hub with SIGKILL, as a power cut or the OOM killer would, and waits until it is gone.
   */
  public void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the hub survived SIGKILL for 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts the hub again on the same data directory (new HTTP port) and waits for health. */
  public void restart() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the hub is still running: stop() or kill() it first");
    }
    launch();
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public int httpPort() {
    return httpPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path log() {
    return log;
  }

  /** A partner's drop folder, {@code mailbox/<partner>/in}. */
  public Path inbox(String partner) {
    return dataDir.resolve("mailbox").resolve(partner).resolve("in");
  }

  /** What the hub wrote for a partner, {@code mailbox/<partner>/out}. */
  public Outbox outbox(String partner) {
    return new Outbox(dataDir.resolve("mailbox").resolve(partner).resolve("out"));
  }

  /** The back-office XML of an order, {@code backoffice/orders/<partner>-<po>.xml}. */
  public Path backofficeOrder(String partner, String po) {
    return dataDir.resolve("backoffice/orders").resolve(partner + "-" + po + ".xml");
  }

  /**
   * The JDBC URL of the hub's database: {@code hub.db.url} when the hub was started with one, else
   * its embedded H2 database (open that only while the hub is stopped).
   */
  public String jdbcUrl() {
    String configured = settings.getOrDefault("hub.db.url", "");
    if (!configured.isEmpty()) {
      return configured;
    }
    return "jdbc:h2:file:"
        + dataDir.resolve("db/tradelane")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  /** The database user the hub was started with. */
  public String dbUser() {
    return settings.getOrDefault("hub.db.user", "tradelane");
  }

  /** The database password the hub was started with (a test database's, never a real one). */
  public String dbPassword() {
    return settings.getOrDefault("hub.db.password", "");
  }

  /** True when the hub runs on its embedded H2 database. */
  public boolean embeddedDatabase() {
    return settings.getOrDefault("hub.db.url", "").isEmpty();
  }

  /** The hub's peak resident memory (VmHWM from /proc), when the platform tells. */
  public String peakRss() {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status")).stream()
          .filter(line -> line.startsWith("VmHWM") || line.startsWith("VmRSS"))
          .map(line -> line.replaceAll("\\s+", " "))
          .reduce((a, b) -> a + ", " + b)
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * Drops a file into a partner's drop folder the way a well-behaved partner does: written as
   * {@code <name>.part} (which the hub ignores), then renamed.
   *
   * @return the path the file now has
   */
  public Path drop(String partner, String name, String content) {
    try {
      Path inbox = inbox(partner);
      Path part = inbox.resolve(name + ".part");
      Files.writeString(part, content);
      return Files.move(part, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    return io.tradelane.runtime.FreePorts.next();
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
