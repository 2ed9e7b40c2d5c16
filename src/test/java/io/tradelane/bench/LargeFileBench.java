package io.tradelane.bench;

import static org.awaitility.Awaitility.await;

import io.tradelane.it.X12Samples;
import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.builder.NotifyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Takes one large file of many small 850 interchanges through intake and translation of the whole
 * hub in this JVM (run it with a small heap: {@code bench/run-large-file.sh}), and prints the time
 * each took, MB/s, and what the heap held ({@link HeapWatch}). The file and the hub's data folder
 * are generated under a temporary folder and deleted afterwards. The orders stage is stopped, so
 * only intake and translation are measured. Not a test.
 *
 * <p>Options: {@code --mb M} file size (1024), {@code --pos P} 850s per interchange (5), {@code
 * --lines L} PO1 lines per 850 (2), {@code --timeout-min T} (180), {@code --intake-only true} to
 * stop the translation stage too (measures storing the file alone), {@code --keep true} to keep the
 * temporary folder.
 */
public final class LargeFileBench {

  private LargeFileBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.of(args);
    Path work = Files.createTempDirectory("tradelane-large-");
    try {
      Path file = work.resolve("large.edi");
      int interchanges =
          generate(
              file,
              Long.parseLong(options.getOrDefault("mb", "1024")) * 1024 * 1024,
              Integer.parseInt(options.getOrDefault("pos", "5")),
              Integer.parseInt(options.getOrDefault("lines", "2")));
      double mb = Files.size(file) / (1024.0 * 1024.0);
      System.out.printf("generated %.1f MB, %d interchanges, in %s%n", mb, interchanges, file);
      run(work, file, mb, interchanges, options);
    } finally {
      if (!"true".equals(options.get("keep"))) {
        FileSystemUtils.deleteRecursively(work);
      }
    }
    System.exit(0); // a hub that ran out of heap may leave threads that never end
  }

  private static void run(
      Path work, Path file, double mb, int interchanges, Map<String, String> options)
      throws Exception {
    Duration timeout =
        Duration.ofMinutes(Long.parseLong(options.getOrDefault("timeout-min", "180")));
    boolean intakeOnly = "true".equals(options.get("intake-only"));
    try (InJvmHub hub =
        InJvmHub.start(work.resolve("data"), null, Map.of("hub.intake.min-age-ms", "500"))) {
      hub.camel().getRouteController().stopRoute("orders-intake");
      if (intakeOnly) {
        hub.camel().getRouteController().stopRoute("x12-translate");
      }
      JdbcTemplate jdbc = hub.jdbc();
      // every full page of a kind (997s to deliver, 850s to order) leaves a cursor for one more
      int batch =
          Integer.parseInt(
              hub.camel()
                  .getPropertiesComponent()
                  .resolveProperty("hub.hand-over.batch-size")
                  .get());
      int pos = Integer.parseInt(options.getOrDefault("pos", "5"));
      NotifyBuilder pages =
          new NotifyBuilder(hub.camel())
              .fromRoute("x12-hand-over")
              .whenDone(interchanges / batch + interchanges * pos / batch)
              .create();
      HeapWatch heap = new HeapWatch();
      long start = System.currentTimeMillis();
      Files.move(file, hub.inbox("acme").resolve("large.edi"), StandardCopyOption.ATOMIC_MOVE);
      await("intake")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> receivedAt(jdbc).isPresent());
      long stored = receivedAt(jdbc).orElseThrow();
      System.out.printf(
          "intake: %.1f s (%.1f MB/s; older than the intake's min age, the file is taken at once)%n",
          (stored - start) / 1000.0, mb * 1000 / (stored - start));
      if (!intakeOnly) {
        await("translation")
            .atMost(timeout)
            .pollInterval(Duration.ofMillis(250))
            .until(() -> !"RECEIVED".equals(status(jdbc)));
        long committed = System.currentTimeMillis();
        long translating = heap.mark();
        await("hand-over")
            .atMost(timeout)
            .pollInterval(Duration.ofMillis(250))
            .until(
                () ->
                    hub.camel().getInflightRepository().size("x12-translate") == 0
                        && pages.matches());
        long done = System.currentTimeMillis();
        System.out.printf(
            "translation: %.1f s to commit (%.2f MB/s), %.1f s more to queue the follow-ups"
                + " (pages of %d);"
                + " file %s, %d interchanges, %d 850s stored; largest heap left after a GC"
                + " while translating %d MB%n",
            (committed - stored) / 1000.0,
            mb * 1000 / (committed - stored),
            (done - committed) / 1000.0,
            batch,
            status(jdbc),
            count(jdbc, "select count(*) from interchange"),
            count(jdbc, "select count(*) from inbound_document"),
            translating);
      }
      System.out.println(heap.report());
    }
  }

  /** Writes interchanges until the file reaches {@code bytes}; returns how many. */
  private static int generate(Path file, long bytes, int pos, int lines) throws IOException {
    X12Samples samples = new X12Samples(100_000_001L, lines);
    long written = 0;
    int interchanges = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
      while (written < bytes) {
        List<String> numbers = new ArrayList<>(pos);
        for (int p = 0; p < pos; p++) {
          numbers.add(String.format("LF%08d%02d", interchanges, p));
        }
        String text = samples.acme850(numbers).text();
        out.write(text);
        written += text.length();
        interchanges++;
      }
    }
    return interchanges;
  }

  private static Optional<Long> receivedAt(JdbcTemplate jdbc) {
    return jdbc
        .queryForList("select received_at from inbound_file", java.sql.Timestamp.class)
        .stream()
        .findFirst()
        .map(java.sql.Timestamp::getTime);
  }

  private static String status(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select status from inbound_file", String.class);
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
