package io.tradelane.cpfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.partner.PartnerProfile;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollaborationArrangementTest {

  @Test
  void a_partner_without_cpfr_enabled_has_no_arrangement() {
    assertThat(CollaborationArrangement.of(profile(Map.of()))).isEmpty();
    assertThat(CollaborationArrangement.of(profile(Map.of("cpfr.enabled", "false")))).isEmpty();
  }

  @Test
  void takes_the_agreed_defaults() {
    CollaborationArrangement a =
        CollaborationArrangement.of(profile(Map.of("cpfr.enabled", "true"))).orElseThrow();
    assertThat(a.horizonWeeks()).isEqualTo(26);
    assertThat(a.frozenWeeks()).isEqualTo(2);
    assertThat(a.criteria())
        .isEqualTo(
            new CollaborationArrangement.Criteria(
                new BigDecimal("20"),
                new BigDecimal("40"),
                8,
                new BigDecimal("90"),
                new BigDecimal("15")));
    assertThat(a.covers("TL-1001", "042")).isTrue();
  }

  @Test
  void limits_the_scope_to_the_items_and_locations_named() {
    CollaborationArrangement a =
        CollaborationArrangement.of(
                profile(
                    Map.of(
                        "cpfr.enabled", "true",
                        "cpfr.items", "TL-1004, TL-1005",
                        "cpfr.locations", "042,DC01",
                        "cpfr.exception.forecast-variance", "12.5")))
            .orElseThrow();
    assertThat(a.covers("TL-1004", "042")).isTrue();
    assertThat(a.covers("TL-1005", "DC01")).isTrue();
    assertThat(a.covers("TL-1001", "042")).isFalse();
    assertThat(a.covers("TL-1004", "099")).isFalse();
    assertThat(a.criteria().forecastVariance()).isEqualByComparingTo("12.5");
  }

  @Test
  void refuses_settings_that_make_no_sense() {
    assertThatThrownBy(
            () ->
                CollaborationArrangement.of(
                    profile(Map.of("cpfr.enabled", "true", "cpfr.bucket", "month"))))
        .hasMessage("partner p: cpfr.bucket 'month' is not week");
    assertThatThrownBy(
            () ->
                CollaborationArrangement.of(
                    profile(
                        Map.of(
                            "cpfr.enabled",
                            "true",
                            "cpfr.horizon-weeks",
                            "4",
                            "cpfr.frozen-weeks",
                            "4"))))
        .hasMessageContaining("cpfr.frozen-weeks below it");
    assertThatThrownBy(
            () ->
                CollaborationArrangement.of(
                    profile(Map.of("cpfr.enabled", "true", "cpfr.exception.bias", "-5"))))
        .hasMessage("partner p: cpfr.exception.bias '-5' is not a number of 0 or more");
    assertThatThrownBy(
            () ->
                CollaborationArrangement.of(
                    profile(Map.of("cpfr.enabled", "true", "cpfr.consensus.schedule", "monday"))))
        .hasMessage(
            "partner p: cpfr.consensus.schedule 'monday' is not a day and a time, like MONDAY"
                + " 06:00");
  }

  @Test
  void sends_the_consensus_on_demand_or_on_its_weekly_schedule() {
    assertThat(
            CollaborationArrangement.of(profile(Map.of("cpfr.enabled", "true")))
                .orElseThrow()
                .schedule())
        .isEmpty();
    WeeklyTime monday =
        CollaborationArrangement.of(
                profile(Map.of("cpfr.enabled", "true", "cpfr.consensus.schedule", "monday 06:00")))
            .orElseThrow()
            .schedule()
            .orElseThrow();
    assertThat(monday).hasToString("MONDAY 06:00");
    ZonedDateTime sunday = ZonedDateTime.parse("2026-11-29T23:00:00Z");
    assertThat(monday.latestAtOrBefore(sunday)).isEqualTo("2026-11-23T06:00:00Z");
    assertThat(monday.latestAtOrBefore(ZonedDateTime.parse("2026-11-30T05:59:59Z")))
        .isEqualTo("2026-11-23T06:00:00Z");
    assertThat(monday.latestAtOrBefore(ZonedDateTime.parse("2026-11-30T06:00:00Z")))
        .isEqualTo("2026-11-30T06:00:00Z");
    assertThat(monday.latestAtOrBefore(ZonedDateTime.parse("2026-12-02T12:00:00Z")))
        .isEqualTo("2026-11-30T06:00:00Z");
  }

  private static PartnerProfile profile(Map<String, String> settings) {
    return new PartnerProfile(
        "p", "P", "ZZ", "P", "P", "004010", null, "997", false, true, null, null, settings);
  }
}
