package io.tradelane.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signed-in sessions. The cookie holds a random token; the database only its SHA-256, so a copy of
 * the database signs nobody in. A session ends after {@code idle} without use, and at the latest
 * {@code longest} after sign-in; each carries a CSRF token that every change must send back.
 */
public final class ConsoleSessions {

  /** A live session: who, with which role, and the CSRF token of their changes. */
  public record Session(String username, Role role, String csrf) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Duration idle;
  private final Duration longest;
  private final Clock clock;

  public ConsoleSessions(JdbcTemplate jdbc, Duration idle, Duration longest, Clock clock) {
    this.jdbc = jdbc;
    this.idle = idle;
    this.longest = longest;
    this.clock = clock;
  }

  /** Opens a session for a user who signed in; returns the cookie's token. */
  public String open(ConsoleUsers.User user) {
    String token = random();
    Instant now = clock.instant();
    jdbc.update(
        "insert into console_session (token_hash, username, csrf, created_at, last_seen,"
            + " expires_at) values (?, ?, ?, ?, ?, ?)",
        hash(token),
        user.username(),
        random(),
        Timestamp.from(now),
        Timestamp.from(now),
        Timestamp.from(now.plus(idle)));
    return token;
  }

  /** The live session of a token, its idle time started again; empty when none or ended. */
  public Optional<Session> find(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<Object[]> rows =
        jdbc.query(
            "select s.username, u.role, s.csrf, s.created_at from console_session s"
                + " join console_user u on u.username = s.username"
                + " where s.token_hash = ? and s.expires_at > ? and u.disabled = false",
            (rs, n) ->
                new Object[] {
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()
                },
            hash(token),
            Timestamp.from(now));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Instant latest = ((Instant) row[3]).plus(longest);
    Instant expires = now.plus(idle).isBefore(latest) ? now.plus(idle) : latest;
    jdbc.update(
        "update console_session set last_seen = ?, expires_at = ? where token_hash = ?",
        Timestamp.from(now),
        Timestamp.from(expires),
        hash(token));
    return Optional.of(
        new Session((String) row[0], Role.valueOf((String) row[1]), (String) row[2]));
  }

  /** Ends every session of a user (a new role, a new password, disabled). */
  public void closeAll(String username) {
    jdbc.update("delete from console_session where username = ?", username);
  }

  /** Ends a session (signing out). */
  public void close(String token) {
    if (token != null) {
      jdbc.update("delete from console_session where token_hash = ?", hash(token));
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
