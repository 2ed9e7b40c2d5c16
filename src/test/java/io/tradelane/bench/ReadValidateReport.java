package io.tradelane.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ReadValidateBenchmark} (one fork, warm-up then measured runs of the whole file, as
 * many as each reader's annotations say) and prints MB/s and transaction sets/s of each reader on
 * each file, side by side, with the ratio. Run it with {@code bench/run-jmh.sh}.
 */
public final class ReadValidateReport {

  private ReadValidateReport() {}

  public static void main(String[] args) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(ReadValidateBenchmark.class.getName())
            .forks(1)
            .jvmArgs("-Xmx2g")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.printf(
        "%n%-18s %-10s %10s %10s %12s%n", "file", "reader", "ms/file", "MB/s", "sets/s");
    for (String file : new String[] {"one-interchange", "many-interchanges"}) {
      double megabytes = ReadValidateBenchmark.data(file).length / 1e6;
      double ours = 0;
      double theirs = 0;
      for (RunResult r : results) {
        if (!r.getParams().getParam("file").equals(file)) {
          continue;
        }
        double ms = r.getPrimaryResult().getScore();
        String reader = r.getParams().getBenchmark().replaceAll(".*\\.", "");
        double sets = ReadValidateBenchmark.SETS / (ms / 1000);
        System.out.printf(
            "%-18s %-10s %10.1f %10.1f %12.0f%n", file, reader, ms, megabytes / (ms / 1000), sets);
        if (reader.equals("tradelane")) {
          ours = sets;
        } else {
          theirs = sets;
        }
      }
      System.out.printf("%-18s %-10s %10s %10s %11.1fx%n", file, "ratio", "", "", ours / theirs);
    }
  }
}
