package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Each side's forecast error per item and location over the last weeks with actual demand, for the
 * MAPE and bias criteria of an exception run. The actuals and each side's forecast of a week are
 * those of {@link Accuracy} (the latest version made before the week began). An item and location
 * is measured for a side when that side forecast at least half the weeks of the window it has
 * actuals for: MAPE is the mean of |F - A| / A over its weeks with A above 0, bias is (ΣF - ΣA) /
 * ΣA, both in percent.
 */
final class ForecastErrors {

  /**
   * One item at one location over the window ending with {@code lastWeek}; a side's figures are
   * null where it was not measured.
   */
  record Measured(
      String sku,
      String location,
      LocalDate lastWeek,
      BigDecimal partnerMape,
      BigDecimal partnerBias,
      BigDecimal ourMape,
      BigDecimal ourBias) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Accuracy accuracy;

  ForecastErrors(Accuracy accuracy) {
    this.accuracy = accuracy;
  }

  /**
   * Each item and location with actuals in the last {@code window} weeks before {@code thisWeek}.
   */
  List<Measured> measure(String partnerId, LocalDate thisWeek, int window) {
    NavigableMap<LocalDate, Map<String, BigDecimal>> before =
        new TreeMap<>(accuracy.actuals(partnerId)).headMap(thisWeek, false);
    TreeMap<LocalDate, Map<String, BigDecimal>> weeks = new TreeMap<>();
    for (LocalDate week : before.descendingKeySet()) {
      if (weeks.size() == window) {
        break;
      }
      weeks.put(week, before.get(week));
    }
    if (weeks.isEmpty()) {
      return List.of();
    }
    int minimum = (window + 1) / 2;
    Map<String, Tally> partner = new TreeMap<>();
    Map<String, Tally> ours = new TreeMap<>();
    for (Map.Entry<LocalDate, Map<String, BigDecimal>> week : weeks.entrySet()) {
      Map<String, BigDecimal> theirs = accuracy.partnerForecast(partnerId, week.getKey());
      Map<String, BigDecimal> our = accuracy.ourForecast(partnerId, week.getKey());
      week.getValue()
          .forEach(
              (series, actual) -> {
                partner.computeIfAbsent(series, s -> new Tally()).add(theirs.get(series), actual);
                ours.computeIfAbsent(series, s -> new Tally()).add(our.get(series), actual);
              });
    }
    List<Measured> measured = new ArrayList<>();
    for (String series : partner.keySet()) {
      Tally p = partner.get(series);
      Tally o = ours.get(series);
      String[] key = series.split("\n", 2);
      measured.add(
          new Measured(
              key[0],
              key[1],
              weeks.lastKey(),
              p.mape(minimum),
              p.bias(minimum),
              o.mape(minimum),
              o.bias(minimum)));
    }
    return measured;
  }

  /** One side's forecasts of one item and location against its actuals. */
  private static final class Tally {
    private int weeks;
    private int percentWeeks;
    private BigDecimal percents = BigDecimal.ZERO;
    private BigDecimal forecast = BigDecimal.ZERO;
    private BigDecimal actual = BigDecimal.ZERO;

    void add(BigDecimal f, BigDecimal a) {
      if (f == null) {
        return;
      }
      weeks++;
      forecast = forecast.add(f);
      actual = actual.add(a);
      if (a.signum() > 0) {
        percents =
            percents.add(f.subtract(a).abs().multiply(HUNDRED).divide(a, 6, RoundingMode.HALF_UP));
        percentWeeks++;
      }
    }

    BigDecimal mape(int minimum) {
      return weeks < minimum || percentWeeks == 0
          ? null
          : percents.divide(BigDecimal.valueOf(percentWeeks), 3, RoundingMode.HALF_UP);
    }

    BigDecimal bias(int minimum) {
      return weeks < minimum || actual.signum() == 0
          ? null
          : forecast.subtract(actual).multiply(HUNDRED).divide(actual, 3, RoundingMode.HALF_UP);
    }
  }
}
