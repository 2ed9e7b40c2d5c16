package io.tradelane.cpfr;

import io.tradelane.partner.PartnerProfile;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a partner and we agreed to forecast together (CPFR), from its profile's {@code cpfr.*}:
 *
 * <ul>
 *   <li>{@code cpfr.enabled}: true for a partner we collaborate with (default false);
 *   <li>{@code cpfr.items}, {@code cpfr.locations}: our SKUs and the partner's locations in scope,
 *       comma separated; empty or {@code all} for all;
 *   <li>{@code cpfr.bucket}: the time bucket, {@code week} (the only one);
 *   <li>{@code cpfr.horizon-weeks}: how far ahead forecasts reach (default 26);
 *   <li>{@code cpfr.frozen-weeks}: the weeks ahead, this week first, that a new consensus no longer
 *       changes (default 2);
 *   <li>{@code cpfr.consensus.schedule}: when the consensus is agreed and sent each week, a day and
 *       a time in the hub's time zone ({@code MONDAY 06:00}); none (the default): on demand only;
 *   <li>the exception criteria, see {@link Criteria}.
 * </ul>
 *
 * @param items SKUs in scope, empty for all
 * @param locations locations in scope, empty for all
 * @param consensusSchedule when the consensus is due each week; null when on demand only
 */
public record CollaborationArrangement(
    String partnerId,
    Set<String> items,
    Set<String> locations,
    int horizonWeeks,
    int frozenWeeks,
    Criteria criteria,
    WeeklyTime consensusSchedule) {

  /**
   * The agreed exception criteria, in percent.
   *
   * @param forecastVariance {@code cpfr.exception.forecast-variance}: the partner's forecast and
   *     ours differ by more than this in a bucket (default 20)
   * @param mape {@code cpfr.exception.mape}: a forecast's MAPE over the last {@code mapeWeeks}
   *     weeks is above this (default 40)
   * @param mapeWeeks {@code cpfr.exception.mape-weeks} (default 8)
   * @param inStock {@code cpfr.exception.in-stock}: the partner's in-stock is below this (default
   *     90)
   * @param bias {@code cpfr.exception.bias}: a forecast's bias is beyond plus or minus this
   *     (default 15)
   */
  public record Criteria(
      BigDecimal forecastVariance,
      BigDecimal mape,
      int mapeWeeks,
      BigDecimal inStock,
      BigDecimal bias) {}

  public CollaborationArrangement {
    items = Set.copyOf(items);
    locations = Set.copyOf(locations);
  }

  /** When the consensus is due each week, if on a schedule. */
  public Optional<WeeklyTime> schedule() {
    return Optional.ofNullable(consensusSchedule);
  }

  /** The partner's arrangement, when its profile says {@code cpfr.enabled = true}. */
  public static Optional<CollaborationArrangement> of(PartnerProfile partner) {
    if (!Boolean.parseBoolean(partner.setting("cpfr.enabled").orElse("false"))) {
      return Optional.empty();
    }
    String bucket = partner.setting("cpfr.bucket").orElse("week");
    if (!bucket.equals("week")) {
      throw new IllegalStateException(
          "partner " + partner.id() + ": cpfr.bucket '" + bucket + "' is not week");
    }
    int horizon = number(partner, "cpfr.horizon-weeks", "26").intValueExact();
    int frozen = number(partner, "cpfr.frozen-weeks", "2").intValueExact();
    if (horizon < 1 || frozen < 0 || frozen >= horizon) {
      throw new IllegalStateException(
          "partner "
              + partner.id()
              + ": cpfr.horizon-weeks must be at least 1 and cpfr.frozen-weeks below it");
    }
    return Optional.of(
        new CollaborationArrangement(
            partner.id(),
            list(partner, "cpfr.items"),
            list(partner, "cpfr.locations"),
            horizon,
            frozen,
            new Criteria(
                number(partner, "cpfr.exception.forecast-variance", "20"),
                number(partner, "cpfr.exception.mape", "40"),
                number(partner, "cpfr.exception.mape-weeks", "8").intValueExact(),
                number(partner, "cpfr.exception.in-stock", "90"),
                number(partner, "cpfr.exception.bias", "15")),
            schedule(partner)));
  }

  private static WeeklyTime schedule(PartnerProfile partner) {
    String value = partner.setting("cpfr.consensus.schedule").orElse("").strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      return WeeklyTime.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "partner " + partner.id() + ": cpfr.consensus.schedule " + e.getMessage(), e);
    }
  }

  /**
   * The partner's arrangement.
   *
   * @throws IllegalArgumentException when its profile has none, saying so
   */
  public static CollaborationArrangement require(PartnerProfile partner) {
    return of(partner).orElseThrow(() -> new IllegalArgumentException(missing(partner.id())));
  }

  /** Why a partner's CPFR documents and requests are refused when it has no arrangement. */
  static String missing(String partnerId) {
    return "no CPFR arrangement with partner " + partnerId + " (cpfr.enabled)";
  }

  /** Whether a SKU at a location is in the arrangement's scope. */
  public boolean covers(String sku, String location) {
    return coversItem(sku) && coversLocation(location);
  }

  /** Whether the arrangement collaborates on our SKU (at some location). */
  public boolean coversItem(String sku) {
    return items.isEmpty() || items.contains(sku);
  }

  /** Whether the arrangement collaborates at the partner's location (on some item). */
  public boolean coversLocation(String location) {
    return locations.isEmpty() || locations.contains(location);
  }

  private static Set<String> list(PartnerProfile partner, String key) {
    String value = partner.setting(key).orElse("all");
    if (value.equalsIgnoreCase("all")) {
      return Set.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static BigDecimal number(PartnerProfile partner, String key, String fallback) {
    String value = partner.setting(key).orElse(fallback);
    try {
      BigDecimal number = new BigDecimal(value);
      if (number.signum() < 0) {
        throw new NumberFormatException("negative");
      }
      return number;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalStateException(
          "partner " + partner.id() + ": " + key + " '" + value + "' is not a number of 0 or more");
    }
  }
}
