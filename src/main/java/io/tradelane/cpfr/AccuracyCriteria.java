package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The MAPE and bias criteria of an exception run: {@code FORECAST_ERROR} where a side's forecasts
 * of an item at a location over the last {@code mape-weeks} weeks with actuals have a MAPE above
 * {@code mape} %, {@code FORECAST_BIAS} where their bias is beyond ± {@code bias} % ({@link
 * ForecastErrors}), for each side ({@code side} PARTNER or OURS). The exception's week is the
 * window's last, its values the partner's and our figure, its measure the breaking side's; HIGH
 * from twice the threshold, MEDIUM otherwise. Planners resolve them as noted.
 */
final class AccuracyCriteria {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final ForecastErrors errors;
  private final Breaches breaches;
  private final Clock clock;

  AccuracyCriteria(ForecastErrors errors, Breaches breaches, Clock clock) {
    this.errors = errors;
    this.breaches = breaches;
    this.clock = clock;
  }

  /**
   * The MAPE and bias criteria, for each side's forecast of each item and location over the last
   * {@code mape-weeks} weeks with actuals ({@link ForecastErrors}); returns how many of each were
   * opened.
   */
  int[] open(String partnerId, CollaborationArrangement arrangement) {
    CollaborationArrangement.Criteria criteria = arrangement.criteria();
    LocalDate thisWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int[] opened = new int[2];
    for (ForecastErrors.Measured m : errors.measure(partnerId, thisWeek, criteria.mapeWeeks())) {
      for (String side : List.of("PARTNER", "OURS")) {
        boolean partner = side.equals("PARTNER");
        BigDecimal mape = partner ? m.partnerMape() : m.ourMape();
        if (mape != null && mape.compareTo(criteria.mape()) > 0) {
          opened[0] +=
              breaches.open(
                  new Breaches.Breach(
                      partnerId,
                      "FORECAST_ERROR",
                      side,
                      m.sku(),
                      m.location(),
                      m.lastWeek(),
                      m.partnerMape(),
                      m.ourMape(),
                      mape,
                      criteria.mape(),
                      priority(mape, criteria.mape()),
                      null,
                      null));
        }
        BigDecimal bias = partner ? m.partnerBias() : m.ourBias();
        if (bias != null && bias.abs().compareTo(criteria.bias()) > 0) {
          opened[1] +=
              breaches.open(
                  new Breaches.Breach(
                      partnerId,
                      "FORECAST_BIAS",
                      side,
                      m.sku(),
                      m.location(),
                      m.lastWeek(),
                      m.partnerBias(),
                      m.ourBias(),
                      bias,
                      criteria.bias(),
                      priority(bias.abs(), criteria.bias()),
                      null,
                      null));
        }
      }
    }
    return opened;
  }

  /** HIGH from twice the threshold, MEDIUM below. */
  private static String priority(BigDecimal measured, BigDecimal threshold) {
    return measured.compareTo(threshold.multiply(TWO)) >= 0 ? "HIGH" : "MEDIUM";
  }
}
