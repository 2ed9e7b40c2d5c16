package io.tradelane.partner;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long a partner may take to acknowledge (997/999) a document we sent, per document type:
 * {@code ack.deadline} for every type and {@code ack.deadline.<type>} (e.g. {@code ack.deadline.855
 * = 4h}) overriding it. Values are a number with a unit ({@code 90m}, {@code 4h}, {@code 2d}; also
 * ISO-8601 {@code PT4H}) or {@code none} (never overdue). Without {@code ack.deadline} the default
 * is {@value #DEFAULT}.
 *
 * @param standard the deadline of every type without its own; empty: none
 * @param byType deadlines of single types; an empty value turns the check off for that type
 */
public record AckDeadlines(Optional<Duration> standard, Map<String, Optional<Duration>> byType) {

  /** The deadline when a partner profile names none. */
  public static final String DEFAULT = "24h";

  private static final String PREFIX = "ack.deadline";

  public AckDeadlines {
    byType = Map.copyOf(byType);
  }

  /** The deadline for acknowledging a document of this type; empty: never overdue. */
  public Optional<Duration> forType(String docType) {
    return byType.getOrDefault(docType, standard);
  }

  /** Reads {@code ack.deadline} and every {@code ack.deadline.<type>} among a profile's keys. */
  static AckDeadlines read(
      Function<String, Optional<String>> value, Iterable<String> keys, String partnerId) {
    Optional<Duration> standard =
        parse(value.apply(PREFIX).filter(v -> !v.isEmpty()).orElse(DEFAULT), partnerId);
    Map<String, Optional<Duration>> byType = new HashMap<>();
    for (String key : keys) {
      if (key.startsWith(PREFIX + ".")) {
        String type = key.substring(PREFIX.length() + 1);
        byType.put(type, parse(value.apply(key).orElse(""), partnerId));
      }
    }
    return new AckDeadlines(standard, byType);
  }

  /** A deadline as written in a profile: {@code none}, {@code 90m}, {@code 4h}, {@code 2d}. */
  static Optional<Duration> parse(String text, String partnerId) {
    return Durations.parse(text, "partner " + partnerId + ": ack deadline");
  }
}
