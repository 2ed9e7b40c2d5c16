package io.tradelane.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's users: a name, a password (kept as its Argon2id hash), a role, and whether an admin
 * disabled them.
 */
public final class ConsoleUsers {

  /** A user as the console sees it. */
  public record User(String username, Role role) {}

  /** A user as an admin manages them. */
  public record Account(
      String username, Role role, boolean disabled, Instant createdAt, String createdBy) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ConsoleUsers(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds a user; {@code by} names who did. */
  public void add(String username, String password, Role role, String by) {
    if (username == null || !username.matches(NAME)) {
      throw new IllegalArgumentException(NAME_RULE);
    }
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException(PASSWORD_RULE);
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
            "select password_hash, role from console_user where username = ? and disabled ="
                + " false",
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

  /** Every user, by name. */
  public List<Account> all() {
    return jdbc.query(
        "select username, role, disabled, created_at, created_by from console_user order by"
            + " username",
        (rs, n) ->
            new Account(
                rs.getString(1),
                Role.valueOf(rs.getString(2)),
                rs.getBoolean(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5)),
        new Object[0]);
  }

  public Optional<Account> find(String username) {
    return all().stream().filter(a -> a.username().equals(username)).findFirst();
  }

  public void changeRole(String username, Role role) {
    jdbc.update("update console_user set role = ? where username = ?", role.name(), username);
  }

  public void changePassword(String username, String password) {
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException(PASSWORD_RULE);
    }
    jdbc.update(
        "update console_user set password_hash = ? where username = ?",
        PasswordHashes.hash(password),
        username);
  }

  public void disable(String username, boolean disabled) {
    jdbc.update("update console_user set disabled = ? where username = ?", disabled, username);
  }

  /** How many admins can sign in. */
  public int enabledAdmins() {
    return jdbc.queryForObject(
        "select count(*) from console_user where role = 'ADMIN' and disabled = false",
        Integer.class);
  }

  public int count() {
    return jdbc.queryForObject("select count(*) from console_user", Integer.class);
  }

  /** What a user name may be. */
  static final String NAME = "[A-Za-z0-9._-]{1,64}";

  static final String NAME_RULE = "a user name is 1 to 64 letters, digits, '.', '_' or '-'";
  static final String PASSWORD_RULE = "a password has at least 12 characters";

  private static final String DUMMY = PasswordHashes.hash("no such user, no such password");
}
