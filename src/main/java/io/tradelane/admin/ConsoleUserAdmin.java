package io.tradelane.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.backoffice.ApiAnswers;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * User management for admins: {@code GET /console/api/users}, {@code POST /console/api/users}
 * (add), and {@code POST /console/api/users/{username}/role|password|disable|enable}. A new role or
 * password, or disabling, ends the user's sessions at once. The hub always keeps an enabled admin:
 * the last one cannot be demoted or disabled, and nobody disables themselves. Every change is in
 * the audit log; no answer carries a password or its hash.
 */
public final class ConsoleUserAdmin {

  private final ConsoleUsers users;
  private final ConsoleSessions sessions;
  private final AuditLog audit;
  private final JdbcTemplate jdbc;
  private final ApiAnswers answers;
  private final ObjectMapper json;

  public ConsoleUserAdmin(
      ConsoleUsers users,
      ConsoleSessions sessions,
      AuditLog audit,
      JdbcTemplate jdbc,
      ApiAnswers answers,
      ObjectMapper json) {
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.jdbc = jdbc;
    this.answers = answers;
    this.json = json;
  }

  public void list(Exchange exchange) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ConsoleUsers.Account a : users.all()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("username", a.username());
      row.put("role", a.role().name());
      row.put("disabled", a.disabled());
      row.put("created_at", a.createdAt().toString());
      row.put("created_by", a.createdBy());
      Timestamp last =
          jdbc.queryForObject(
              "select max(at) from audit_log where username = ? and action = 'sign-in'",
              Timestamp.class,
              a.username());
      row.put("last_sign_in", last == null ? null : last.toInstant().toString());
      rows.add(row);
    }
    answers.answer(exchange, 200, rows);
  }

  /** {@code POST /console/api/users {"username", "role", "password"}}. */
  public void add(@Body String body, @Header(ConsoleGate.USER) String admin, Exchange exchange)
      throws Exception {
    JsonNode request = read(body);
    List<String> errors = new ArrayList<>();
    String username = request.path("username").asText("");
    if (!username.matches(ConsoleUsers.NAME)) {
      errors.add("username: " + ConsoleUsers.NAME_RULE);
    }
    Optional<Role> role = role(request, errors);
    String password = request.path("password").asText("");
    if (password.length() < 12) {
      errors.add("password: " + ConsoleUsers.PASSWORD_RULE);
    }
    if (!errors.isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", errors));
      return;
    }
    if (users.find(username).isPresent()) {
      answers.answer(exchange, 409, Map.of("errors", List.of("user " + username + " exists")));
      return;
    }
    users.add(username, password, role.orElseThrow(), admin);
    audit.record(admin, "user-add", username, role.orElseThrow().name());
    answers.answer(exchange, 201, Map.of("username", username, "role", role.orElseThrow().name()));
  }

  /** {@code POST /console/api/users/{username}/{action}}: role, password, disable or enable. */
  public void change(
      @Header("username") String username,
      @Header("action") String action,
      @Body String body,
      @Header(ConsoleGate.USER) String admin,
      Exchange exchange)
      throws Exception {
    Optional<ConsoleUsers.Account> account = users.find(username);
    if (account.isEmpty()) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no user " + username)));
      return;
    }
    ConsoleUsers.Account user = account.get();
    JsonNode request = read(body);
    List<String> errors = new ArrayList<>();
    String detail = null;
    switch (action) {
      case "role" -> {
        Optional<Role> role = role(request, errors);
        if (role.isPresent()) {
          if (lastAdmin(user) && role.get() != Role.ADMIN) {
            conflict(exchange, username + " is the last enabled admin: make another admin first");
            return;
          }
          users.changeRole(username, role.get());
          detail = user.role().name() + " -> " + role.get().name();
        }
      }
      case "password" -> {
        String password = request.path("password").asText("");
        if (password.length() < 12) {
          errors.add("password: " + ConsoleUsers.PASSWORD_RULE);
        } else {
          users.changePassword(username, password);
        }
      }
      case "disable" -> {
        if (username.equals(admin)) {
          conflict(exchange, "an admin cannot disable themselves");
          return;
        }
        if (lastAdmin(user)) {
          conflict(exchange, username + " is the last enabled admin");
          return;
        }
        users.disable(username, true);
      }
      case "enable" -> users.disable(username, false);
      default -> {
        answers.answer(exchange, 404, Map.of("errors", List.of("no action " + action)));
        return;
      }
    }
    if (!errors.isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", errors));
      return;
    }
    if (!action.equals("enable")) {
      sessions.closeAll(username);
    }
    audit.record(admin, "user-" + action, username, detail);
    ConsoleUsers.Account now = users.find(username).orElseThrow();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("username", username);
    answer.put("role", now.role().name());
    answer.put("disabled", now.disabled());
    answers.answer(exchange, 200, answer);
  }

  private boolean lastAdmin(ConsoleUsers.Account user) {
    return user.role() == Role.ADMIN && !user.disabled() && users.enabledAdmins() == 1;
  }

  private void conflict(Exchange exchange, String why) throws Exception {
    answers.answer(exchange, 409, Map.of("errors", List.of(why)));
  }

  private static Optional<Role> role(JsonNode request, List<String> errors) {
    try {
      return Optional.of(Role.valueOf(request.path("role").asText("").toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      errors.add("role: admin, planner or viewer");
      return Optional.empty();
    }
  }

  private JsonNode read(String body) {
    try {
      JsonNode node = json.readTree(body == null || body.isBlank() ? "{}" : body);
      return node == null ? json.createObjectNode() : node;
    } catch (Exception e) {
      return json.createObjectNode();
    }
  }
}
