package io.tradelane.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The console's users: a name, a password (kept as its Argon2id hash) and a role. */
public final class ConsoleUsers {

  /** A user as the console sees it. */
  public record User(String username, Role role) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ConsoleUsers(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds a user; {@code by} names who did. */
  public void add(String username, String password, Role role, String by) {
    if (username == null || !username.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException("a password has at least 12 characters");
    }
    jdbc.update(
        "insert into console_user (username, password_hash, role, created_at, created_by)"
            + " values (?, ?, ?, ?, ?)",
        username,
        PasswordHashes.hash(password),
        role.name(),
        Timestamp.from(clock.instant()),
        by);
  }

  /** The user, when the password is theirs. */
  public Optional<User> check(String username, String password) {
    List<String[]> rows =
        jdbc.query(
            "select password_hash, role from console_user where username = ?",
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
            username);
    if (rows.isEmpty() || password == null) {
      // the same work as for a known user, so the answer's time does not tell names apart
      PasswordHashes.verify(password == null ? "" : password, DUMMY);
      return Optional.empty();
    }
    return PasswordHashes.verify(password, rows.get(0)[0])
        ? Optional.of(new User(username, Role.valueOf(rows.get(0)[1])))
        : Optional.empty();
  }

  public int count() {
    return jdbc.queryForObject("select count(*) from console_user", Integer.class);
  }

  private static final String DUMMY = PasswordHashes.hash("no such user, no such password");
}
