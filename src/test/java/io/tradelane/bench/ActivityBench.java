package io.tradelane.bench;

import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Takes one generated 852 of many stores and items ({@link ActivityFiles}) through the whole hub in
 * this JVM, from the drop into ACME's mailbox to every quantity stored in the partner's sales and
 * stock, and prints the time of each stage and what the heap held ({@link HeapWatch}). Run it with
 * the heap under test: {@code bench/run-activity.sh} (512 MB). The file and the hub's data folder
 * are generated under a temporary folder and deleted afterwards. Not a test; it fails (exit 1) when
 * a quantity is missing.
 *
 * <p>Options: {@code --stores S} (10000), {@code --items I} (500), {@code --layout stores|sdq}
 * (stores: an 852 per store; sdq: one 852 for all stores), {@code --timeout-min T} (120), {@code
 * --keep true} to keep the temporary folder.
 */
public final class ActivityBench {

  private ActivityBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.of(args);
    int stores = Integer.parseInt(options.getOrDefault("stores", "10000"));
    int items = Integer.parseInt(options.getOrDefault("items", "500"));
    ActivityFiles.Layout layout =
        ActivityFiles.Layout.valueOf(options.getOrDefault("layout", "stores").toUpperCase());
    Duration timeout =
        Duration.ofMinutes(Long.parseLong(options.getOrDefault("timeout-min", "120")));
    Path work = Files.createTempDirectory("tradelane-852-");
    boolean complete;
    try {
      Path file = work.resolve("activity.edi");
      long started = System.currentTimeMillis();
      int sets = ActivityFiles.write(file, layout, stores, items);
      double mb = Files.size(file) / (1024.0 * 1024.0);
      System.out.printf(
          "generated %.1f MB in %.1f s: %d stores x %d items, %s layout, %d transaction sets%n",
          mb, (System.currentTimeMillis() - started) / 1000.0, stores, items, layout, sets);
      complete = run(work, file, mb, sets, (long) stores * items * 2, items, timeout);
    } finally {
      if (!"true".equals(options.get("keep"))) {
        FileSystemUtils.deleteRecursively(work);
      }
    }
    System.exit(complete ? 0 : 1); // a hub that ran out of heap may leave threads that never end
  }

  private static boolean run(
      Path work, Path file, double mb, int sets, long quantities, int items, Duration timeout)
      throws Exception {
    try (InJvmHub hub =
        InJvmHub.start(work.resolve("data"), null, Map.of("hub.intake.min-age-ms", "500"))) {
      JdbcTemplate jdbc = hub.jdbc();
      ActivityFiles.addItems(jdbc, items);
      HeapWatch heap = new HeapWatch();
      long start = System.currentTimeMillis();
      Files.move(file, hub.inbox("acme").resolve("activity.edi"), StandardCopyOption.ATOMIC_MOVE);
      await("intake")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> count(jdbc, "select count(*) from inbound_file") == 1);
      long stored = stamp(jdbc, "select max(received_at) from inbound_file");
      await("translation")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(250))
          .until(
              () ->
                  count(jdbc, "select count(*) from inbound_file where status = 'RECEIVED'") == 0);
      long translated = System.currentTimeMillis();
      long translating = heap.mark();
      await("sales and stock")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  count(
                          jdbc,
                          "select count(*) from inbound_document where transaction_set = '852'"
                              + " and status = 'ACCEPTED'")
                      == 0);
      // stored and visible, and the stage's transaction and message done with (H2 still tidies
      // up after a large commit becomes visible)
      await("the CPFR stage's transactions")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> hub.camel().getInflightRepository().size("cpfr-intake") == 0);
      long done = System.currentTimeMillis();
      long storing = heap.mark();
      long rows = count(jdbc, "select count(*) from product_activity");
      long reports = count(jdbc, "select count(*) from activity_report");
      System.out.printf(
          "intake: %.1f s (%.1f MB/s)%n"
              + "translation (read, validate, 997, %d documents): %.1f s (%.1f MB/s), largest heap"
              + " left after a GC %d MB%n"
              + "sales and stock (streamed from the file into the database): %.1f s (%.0f"
              + " quantities/s), largest heap left after a GC %d MB%n"
              + "total %.1f s (%.1f MB/s); %d reports, %d of %d quantities stored%n",
          (stored - start) / 1000.0,
          mb * 1000 / Math.max(1, stored - start),
          sets,
          (translated - stored) / 1000.0,
          mb * 1000 / Math.max(1, translated - stored),
          translating,
          (done - translated) / 1000.0,
          rows * 1000.0 / Math.max(1, done - translated),
          storing,
          (done - start) / 1000.0,
          mb * 1000 / Math.max(1, done - start),
          reports,
          rows,
          quantities);
      System.out.println(heap.report());
      System.out.printf(
          "data folder (database, broker journal, content store): %d MB%n",
          size(work.resolve("data")) >> 20);
      return reports == sets && rows == quantities;
    }
  }

  private static long size(Path folder) throws java.io.IOException {
    try (var files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static long stamp(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, java.sql.Timestamp.class).getTime();
  }
}
