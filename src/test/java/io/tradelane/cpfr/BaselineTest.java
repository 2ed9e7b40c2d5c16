package io.tradelane.cpfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

  @Test
  void no_history_no_forecast() {
    assertThat(Baseline.of(List.of(), 4)).isNull();
  }

  @Test
  void a_short_history_gives_the_smoothed_level_for_every_week() {
    // level: 10, then 0.3*20 + 0.7*10 = 13, then 0.3*10 + 0.7*13 = 12.1
    Baseline.Forecast f = Baseline.of(List.of(10.0, 20.0, 10.0), 3);
    assertThat(f.method()).isEqualTo(Baseline.Method.SIMPLE_SMOOTHING);
    assertThat(f.weeks()).hasSize(3).allSatisfy(w -> assertThat(w).isCloseTo(12.1, within(1e-9)));
  }

  @Test
  void a_constant_demand_is_forecast_as_it_is() {
    Baseline.Forecast f = Baseline.of(Collections.nCopies(120, 50.0), 8);
    assertThat(f.method()).isEqualTo(Baseline.Method.HOLT_WINTERS);
    assertThat(f.weeks()).allSatisfy(w -> assertThat(w).isCloseTo(50.0, within(1e-6)));
  }

  @Test
  void two_years_of_a_seasonal_pattern_carry_the_season_forward() {
    // 100 a week, 300 in weeks 47 to 51 of each year (the holiday peak)
    List<Double> history = new ArrayList<>();
    for (int t = 0; t < 2 * Baseline.SEASON; t++) {
      int week = t % Baseline.SEASON;
      history.add(week >= 47 && week <= 51 ? 300.0 : 100.0);
    }
    Baseline.Forecast f = Baseline.of(history, Baseline.SEASON);
    assertThat(f.method()).isEqualTo(Baseline.Method.HOLT_WINTERS);
    // the next year: the peak weeks stand out, the others stay near 100
    for (int h = 0; h < Baseline.SEASON; h++) {
      double expected = h >= 47 && h <= 51 ? 300.0 : 100.0;
      assertThat(f.weeks().get(h)).as("week " + h).isCloseTo(expected, within(25.0));
    }
  }

  @Test
  void never_forecasts_below_zero() {
    List<Double> falling = new ArrayList<>();
    for (int t = 0; t < 2 * Baseline.SEASON; t++) {
      falling.add(Math.max(0, 200.0 - 3 * t));
    }
    assertThat(Baseline.of(falling, 26).weeks()).allSatisfy(w -> assertThat(w).isNotNegative());
  }
}
