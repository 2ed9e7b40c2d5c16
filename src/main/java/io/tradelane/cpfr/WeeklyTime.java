package io.tradelane.cpfr;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A time in every week, such as {@code MONDAY 06:00}: when a consensus is due. */
public record WeeklyTime(DayOfWeek day, LocalTime time) {

  /**
   * Reads {@code <day> <HH:mm>}, the day in English ({@code MONDAY}, {@code monday}).
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static WeeklyTime parse(String text) {
    String[] parts = text.strip().split("\\s+");
    try {
      if (parts.length == 2) {
        return new WeeklyTime(
            DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT)), LocalTime.parse(parts[1]));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // described below
    }
    throw new IllegalArgumentException("'" + text + "' is not a day and a time, like MONDAY 06:00");
  }

  /** The latest time this week time came, at or before {@code now}, in {@code now}'s zone. */
  public ZonedDateTime latestAtOrBefore(ZonedDateTime now) {
    ZonedDateTime candidate =
        now.with(TemporalAdjusters.previousOrSame(day)).with(time).withSecond(0).withNano(0);
    return candidate.isAfter(now) ? candidate.minusWeeks(1) : candidate;
  }

  @Override
  public String toString() {
    return day + " " + time;
  }
}
