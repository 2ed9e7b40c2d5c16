package io.tradelane.admin;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records every change made through the console, and every sign-in, with who and when. */
public final class AuditLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AuditLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String username, String action, String target, String detail) {
    jdbc.update(
        "insert into audit_log (at, username, action, target, detail) values (?, ?, ?, ?, ?)",
        Timestamp.from(clock.instant()),
        username,
        action,
        target,
        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
  }
}
