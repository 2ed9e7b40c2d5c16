package io.tradelane.cpfr;

import java.util.ArrayList;
import java.util.List;

/**
 * Our baseline forecast of one item at one location, from its weekly demand history (oldest week
 * first, a week without demand as 0), by exponential smoothing:
 *
 * <ul>
 *   <li>with at least two full years of weeks ({@value #SEASON} × 2), additive Holt-Winters: level,
 *       trend and a 52-week season, smoothed with {@link #ALPHA}, {@link #BETA} and {@link #GAMMA},
 *       the season started from the first year's deviations from its mean;
 *   <li>with less, simple exponential smoothing ({@link #ALPHA}): a flat forecast at the smoothed
 *       level, since a trend or season cannot be told from noise in so few weeks;
 *   <li>with no history, nothing (no forecast is better than an invented one).
 * </ul>
 *
 * Forecasts are never negative. The constants are the textbook middle values; a planner's override
 * always wins over the baseline.
 */
public final class Baseline {

  /** Weeks in a season. */
  public static final int SEASON = 52;

  public static final double ALPHA = 0.3;
  public static final double BETA = 0.1;
  public static final double GAMMA = 0.2;

  /** How a forecast was made. */
  public enum Method {
    HOLT_WINTERS,
    SIMPLE_SMOOTHING
  }

  /** A forecast: the quantity of each week ahead, and how it was made. */
  public record Forecast(Method method, List<Double> weeks) {}

  private Baseline() {}

  /**
   * @param history weekly demand, oldest first
   * @param horizon how many weeks ahead to forecast
   * @return the forecast, or null when there is no history
   */
  public static Forecast of(List<Double> history, int horizon) {
    if (history.isEmpty() || horizon < 1) {
      return null;
    }
    return history.size() >= 2 * SEASON ? holtWinters(history, horizon) : simple(history, horizon);
  }

  private static Forecast simple(List<Double> history, int horizon) {
    double level = history.get(0);
    for (int t = 1; t < history.size(); t++) {
      level = ALPHA * history.get(t) + (1 - ALPHA) * level;
    }
    List<Double> weeks = new ArrayList<>(horizon);
    for (int h = 0; h < horizon; h++) {
      weeks.add(Math.max(0, level));
    }
    return new Forecast(Method.SIMPLE_SMOOTHING, weeks);
  }

  private static Forecast holtWinters(List<Double> history, int horizon) {
    double firstYear = mean(history, 0, SEASON);
    double secondYear = mean(history, SEASON, 2 * SEASON);
    double level = firstYear;
    double trend = (secondYear - firstYear) / SEASON;
    double[] season = new double[SEASON];
    for (int i = 0; i < SEASON; i++) {
      season[i] = history.get(i) - firstYear;
    }
    for (int t = SEASON; t < history.size(); t++) {
      double value = history.get(t);
      int s = t % SEASON;
      double previous = level;
      level = ALPHA * (value - season[s]) + (1 - ALPHA) * (level + trend);
      trend = BETA * (level - previous) + (1 - BETA) * trend;
      season[s] = GAMMA * (value - level) + (1 - GAMMA) * season[s];
    }
    List<Double> weeks = new ArrayList<>(horizon);
    for (int h = 1; h <= horizon; h++) {
      int s = (history.size() + h - 1) % SEASON;
      weeks.add(Math.max(0, level + h * trend + season[s]));
    }
    return new Forecast(Method.HOLT_WINTERS, weeks);
  }

  private static double mean(List<Double> values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values.get(i);
    }
    return sum / (to - from);
  }
}
