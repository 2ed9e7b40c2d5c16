package io.tradelane.bench;

import static org.awaitility.Awaitility.await;

import io.tradelane.it.HubProcess;
import io.tradelane.it.Outbox;
import io.tradelane.it.X12Samples;
import io.tradelane.it.X12Samples.Interchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Pushes purchase orders through the packaged hub and measures them: first many single-PO files,
 * then a few files of many POs. For each run it prints orders per second and the p50/p99 latency
 * from a file's arrival (its rename into {@code in/}) to the 855 answering each of its POs (the 855
 * file's time stamp, matched by BAK03). Not a test: run it with {@code bench/run-load.sh}.
 *
 * <p>Options: {@code --singles N} (10000), {@code --batch-files F} (10), {@code --batch-size S}
 * (1000), {@code --lines L} PO1 lines per order (2), {@code --min-age-ms M} the intake read lock
 * age (200), {@code --timeout-min T} per run (30), {@code --attach <data-dir>} to use a hub that is
 * already running on that data directory instead of starting one.
 */
public final class LoadDriver {

  /** The console admin's password in the hub the driver starts (a throwaway hub's). */
  private static final String CONSOLE = "load driver " + UUID.randomUUID();

  private final Map<String, String> options;
  private final Path dataDir;
  private final X12Samples samples;

  private final HubProcess hub;

  private LoadDriver(Map<String, String> options, Path dataDir, HubProcess hub) {
    this.options = options;
    this.dataDir = dataDir;
    this.hub = hub;
    this.samples = new X12Samples(700_000_001L, Integer.parseInt(option("lines", "2")));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    HubProcess hub = null;
    Path dataDir;
    if (options.containsKey("attach")) {
      dataDir = Path.of(options.get("attach")).toAbsolutePath();
    } else {
      String minAge = options.getOrDefault("min-age-ms", "200");
      hub =
          HubProcess.start(
              "load",
              Map.of("hub.intake.min-age-ms", minAge, "hub.console.admin-password", CONSOLE));
      dataDir = hub.dataDir();
      System.out.printf(
          "hub pid %d, data %s, log %s, intake min age %s ms, default heap%n",
          hub.pid(), dataDir, hub.log(), minAge);
    }
    try {
      LoadDriver driver = new LoadDriver(options, dataDir, hub);
      int singles = Integer.parseInt(driver.option("singles", "10000"));
      int batchFiles = Integer.parseInt(driver.option("batch-files", "10"));
      int batchSize = Integer.parseInt(driver.option("batch-size", "1000"));
      if (singles > 0) {
        driver.run(singles + " single-PO files", driver.singlePoFiles(singles));
        report(hub);
      }
      if (batchFiles > 0) {
        driver.run(
            batchFiles + " files of " + batchSize + " POs",
            driver.batchFiles(batchFiles, batchSize));
        report(hub);
      }
      if (hub != null) {
        ConsoleTimings.print(
            hub.httpPort(),
            CONSOLE,
            "acme",
            singles > 0 ? String.format("LDS%07d", 1) : String.format("LDB%03d%06d", 1, 1));
      }
    } finally {
      if (hub != null) {
        hub.stop();
      }
    }
  }

  private static void report(HubProcess hub) {
    if (hub != null) {
      System.out.println("  hub memory: " + hub.peakRss());
    }
  }

  /** A file to drop: its name and the interchanges it holds. */
  private record Drop(String name, List<Interchange> interchanges) {}

  private List<Drop> singlePoFiles(int count) {
    List<Drop> drops = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String po = String.format("LDS%07d", i);
      drops.add(new Drop("single-" + po + ".edi", List.of(samples.acme850(List.of(po)))));
    }
    return drops;
  }

  private List<Drop> batchFiles(int files, int size) {
    List<Drop> drops = new ArrayList<>(files);
    for (int f = 1; f <= files; f++) {
      int file = f;
      List<String> pos =
          IntStream.rangeClosed(1, size)
              .mapToObj(n -> String.format("LDB%03d%06d", file, n))
              .toList();
      drops.add(new Drop("batch-" + f + ".edi", List.of(samples.acme850(pos))));
    }
    return drops;
  }

  private void run(String title, List<Drop> drops) {
    System.out.println("== " + title);
    Path inbox = dataDir.resolve("mailbox/acme/in");
    Outbox outbox = new Outbox(dataDir.resolve("mailbox/acme/out"));
    Watcher watcher = new Watcher(outbox);
    watcher.scan(); // what earlier runs left in out/ is not this run's
    Map<String, Long> arrivals = new HashMap<>();
    for (Drop drop : drops) {
      long arrived = drop(inbox, drop);
      drop.interchanges().forEach(i -> i.poNumbers().forEach(po -> arrivals.put(po, arrived)));
    }
    long firstArrival = arrivals.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    long lastArrival = arrivals.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    System.out.printf(
        "  dropped %d POs in %d files in %d ms%n",
        arrivals.size(), drops.size(), lastArrival - firstArrival);
    Duration timeout = Duration.ofMinutes(Long.parseLong(option("timeout-min", "30")));
    await(title)
        .atMost(timeout)
        .failFast("the hub process is gone", () -> hub != null && !hub.isAlive())
        .pollInterval(Duration.ofMillis(500))
        .until(() -> watcher.scan().answered(arrivals.keySet()));

    long[] latencies =
        arrivals.entrySet().stream()
            .mapToLong(e -> watcher.answeredAt(e.getKey()) - e.getValue())
            .sorted()
            .toArray();
    long lastAnswer = arrivals.keySet().stream().mapToLong(watcher::answeredAt).max().orElseThrow();
    double seconds = (lastAnswer - firstArrival) / 1000.0;
    System.out.printf(
        "  %d orders in %.1f s = %.1f orders/s; latency p50 %d ms, p99 %d ms, max %d ms;"
            + " duplicate 855s %d%n",
        latencies.length,
        seconds,
        latencies.length / seconds,
        percentile(latencies, 50),
        percentile(latencies, 99),
        latencies[latencies.length - 1],
        watcher.duplicates());
  }

  /** Writes the file as {@code .part}, renames it into place and returns the rename time. */
  private static long drop(Path inbox, Drop drop) {
    try {
      Path part = inbox.resolve(drop.name() + ".part");
      Files.writeString(part, X12Samples.concat(drop.interchanges()));
      Files.move(part, inbox.resolve(drop.name()), StandardCopyOption.ATOMIC_MOVE);
      return System.currentTimeMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** Follows the 855s appearing in out/: PO number to the time its 855 was written. */
  private static final class Watcher {
    private final Outbox outbox;
    private final Set<Path> seen = new HashSet<>();
    private final Map<String, Long> answered = new HashMap<>();
    private int duplicates;
    private long lastProgress = System.currentTimeMillis();

    Watcher(Outbox outbox) {
      this.outbox = outbox;
    }

    Watcher scan() {
      for (Path file : outbox.files("855-")) {
        if (seen.add(file)) {
          long written = modified(file);
          for (List<String> bak : Outbox.read(file).all("BAK")) {
            if (answered.putIfAbsent(bak.get(3), written) != null) {
              duplicates++;
            }
          }
        }
      }
      if (System.currentTimeMillis() - lastProgress > 10_000) {
        lastProgress = System.currentTimeMillis();
        System.out.printf("  ... %d 855s so far%n", answered.size());
      }
      return this;
    }

    boolean answered(Set<String> pos) {
      return answered.keySet().containsAll(pos);
    }

    long answeredAt(String po) {
      return answered.get(po);
    }

    int duplicates() {
      return duplicates;
    }

    private static long modified(Path file) {
      try {
        return Files.getLastModifiedTime(file).toMillis();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs: " + Arrays.toString(args));
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
