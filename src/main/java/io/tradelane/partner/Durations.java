package io.tradelane.partner;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Durations as people write them in profiles and settings: {@code 90s}, {@code 15m}, {@code 4h},
 * {@code 2d}, an ISO-8601 {@code PT30M}, or {@code none}.
 */
public final class Durations {

  private Durations() {}

  /**
   * @param what names the setting in the error, e.g. {@code "partner acme: ack deadline"}
   * @return empty for {@code none}
   * @throws IllegalStateException when the text is none of the forms above
   */
  public static Optional<Duration> parse(String text, String what) {
    String v = text.trim().toLowerCase(Locale.ROOT);
    if (v.equals("none")) {
      return Optional.empty();
    }
    try {
      if (v.startsWith("p")) {
        return Optional.of(Duration.parse(v.toUpperCase(Locale.ROOT)));
      }
      long amount = Long.parseLong(v.substring(0, v.length() - 1));
      return Optional.of(
          switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new NumberFormatException("unit");
          });
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          what + " '" + text + "' is not a duration such as 30s, 90m, 4h, 2d or none");
    }
  }

  /** A duration that must be given (not {@code none}). */
  public static Duration required(String text, String what) {
    return parse(text, what).orElseThrow(() -> new IllegalStateException(what + " cannot be none"));
  }
}
