package io.tradelane.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryRetryTest {

  private final DeliveryRetry retry =
      new DeliveryRetry(8, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(10));

  @Test
  void doubles_the_pause_after_each_failure_up_to_the_ceiling() {
    assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(retry.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(retry.delayAfter(60)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void needs_at_least_one_attempt() {
    assertThatThrownBy(
            () -> new DeliveryRetry(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO))
        .hasMessageContaining("max-attempts");
  }

  @Test
  void describes_a_failure_by_its_chain_of_causes() {
    RuntimeException failure =
        new IllegalStateException(
            "Cannot connect to sftp://x@host:22",
            new java.net.ConnectException("Connection refused"));
    assertThat(OutboundDelivery.describe(failure))
        .isEqualTo("Cannot connect to sftp://x@host:22 <- Connection refused");
  }
}
