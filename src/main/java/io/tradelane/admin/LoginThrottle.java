package io.tradelane.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: after {@code limit} failures within {@code window} for the same user
 * name, or from the same address, further attempts are refused until the window has passed. Kept in
 * memory per hub node.
 */
public final class LoginThrottle {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Whether an attempt for this user from this address is refused for now. */
  public boolean refused(String username, String address) {
    return recent("user:" + username) >= limit || recent("address:" + address) >= limit;
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {"user:" + username, "address:" + address}) {
      failures.compute(
          key,
          (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            list.addLast(now);
            return list;
          });
    }
  }

  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private int recent(String key) {
    Instant since = clock.instant().minus(window);
    Deque<Instant> times =
        failures.computeIfPresent(
            key,
            (k, list) -> {
              while (!list.isEmpty() && list.peekFirst().isBefore(since)) {
                list.removeFirst();
              }
              return list.isEmpty() ? null : list;
            });
    return times == null ? 0 : times.size();
  }
}
