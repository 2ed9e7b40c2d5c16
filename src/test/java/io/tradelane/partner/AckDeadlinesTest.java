package io.tradelane.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ack.deadline} and {@code ack.deadline.<type>} as a partner profile writes them. */
class AckDeadlinesTest {

  @Test
  void a_profile_without_deadlines_gets_the_default_for_every_type() {
    AckDeadlines deadlines = read(Map.of());
    assertThat(deadlines.forType("855")).contains(Duration.ofHours(24));
    assertThat(deadlines.forType("810")).contains(Duration.ofHours(24));
  }

  @Test
  void a_type_of_its_own_overrides_the_standard_and_none_turns_it_off() {
    AckDeadlines deadlines =
        read(Map.of("ack.deadline", "2d", "ack.deadline.855", "4h", "ack.deadline.810", "none"));
    assertThat(deadlines.forType("855")).contains(Duration.ofHours(4));
    assertThat(deadlines.forType("856")).contains(Duration.ofDays(2));
    assertThat(deadlines.forType("810")).isEmpty();
    assertThat(read(Map.of("ack.deadline", "NONE")).forType("855")).isEmpty();
    assertThat(read(Map.of("ack.deadline", "PT90M")).forType("855"))
        .contains(Duration.ofMinutes(90));
  }

  @Test
  void a_deadline_that_is_not_a_duration_stops_the_hub_with_the_partner_named() {
    assertThatThrownBy(() -> read(Map.of("ack.deadline.855", "4 hours")))
        .hasMessage(
            "partner acme: ack deadline '4 hours' is not a duration such as 30s, 90m, 4h, 2d or none");
  }

  private static AckDeadlines read(Map<String, String> profile) {
    return AckDeadlines.read(k -> Optional.ofNullable(profile.get(k)), profile.keySet(), "acme");
  }
}
