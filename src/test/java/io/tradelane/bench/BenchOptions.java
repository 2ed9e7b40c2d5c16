package io.tradelane.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} options of a benchmark's command line. */
final class BenchOptions {

  private BenchOptions() {}

  static Map<String, String> of(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs");
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
