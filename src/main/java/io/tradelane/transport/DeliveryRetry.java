package io.tradelane.transport;

import java.time.Duration;

/**
 * When failed deliveries are tried again: after {@code firstDelay}, then twice as long each time up
 * to {@code maxDelay}; the attempt numbered {@code maxAttempts} is the last, after which the
 * document is parked as FAILED.
 *
 * @param maxAttempts {@code hub.outbound.retry.max-attempts}
 * @param firstDelay {@code hub.outbound.retry.first-delay}
 * @param maxDelay {@code hub.outbound.retry.max-delay}
 * @param lease {@code hub.outbound.retry.lease}: how long a retry handed to the delivery stage is
 *     left to finish before it is handed on again (it is only lost in a crash)
 */
public record DeliveryRetry(
    int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease) {

  public DeliveryRetry {
    if (maxAttempts < 1) {
      throw new IllegalStateException("hub.outbound.retry.max-attempts must be at least 1");
    }
  }

  /** The pause after the given number of failed attempts (1 for the first failure). */
  public Duration delayAfter(int failures) {
    Duration delay = firstDelay;
    for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
