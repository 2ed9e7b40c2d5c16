package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.FreePorts;
import io.tradelane.runtime.InJvmHub;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Admins manage the console's users: adding them, changing their role or password, disabling and
 * enabling them. Each change takes effect at once (the user's sessions end), the hub always keeps
 * an enabled admin, only admins may do any of it, and the audit log records each change.
 */
class ConsoleUsersAdminTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_PASSWORD = "first admin's password";

  @Test
  void admins_add_change_disable_and_enable_users_and_the_last_admin_stays() throws Exception {
    int port = FreePorts.next();
    ConsoleClient client = new ConsoleClient(port);
    try (InJvmHub hub =
        InJvmHub.start(
            "console-users",
            null,
            Map.of(
                "hub.http.port",
                Integer.toString(port),
                "hub.console.admin-password",
                ADMIN_PASSWORD))) {
      new ConsoleUsers(hub.jdbc(), Clock.systemUTC())
          .add("victor", "viewer's password", Role.VIEWER, "test");
      ConsoleClient.Session admin = client.session("admin", ADMIN_PASSWORD);
      ConsoleClient.Session viewer = client.session("victor", "viewer's password");

      String newPlanner =
          "{\"username\": \"paula\", \"role\": \"planner\", \"password\": \"planner's password\"}";
      assertThat(post(client, viewer, "/console/api/users", newPlanner).statusCode())
          .isEqualTo(403);
      assertThat(get(client, viewer, "/console/api/users").statusCode()).isEqualTo(403);
      HttpResponse<String> added = post(client, admin, "/console/api/users", newPlanner);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      assertThat(post(client, admin, "/console/api/users", newPlanner).statusCode()).isEqualTo(409);
      HttpResponse<String> bad =
          post(
              client,
              admin,
              "/console/api/users",
              "{\"username\": \"no spaces\", \"role\": \"boss\", \"password\": \"short\"}");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).path("errors"))
          .extracting(JsonNode::asText)
          .containsExactly(
              "username: a user name is 1 to 64 letters, digits, '.', '_' or '-'",
              "role: admin, planner or viewer",
              "password: a password has at least 12 characters");

      ConsoleClient.Session paula = client.session("paula", "planner's password");
      assertThat(me(client, paula).path("role").asText()).isEqualTo("PLANNER");

      // a new role ends the sessions: the next sign-in has it
      assertThat(
              post(client, admin, "/console/api/users/paula/role", "{\"role\": \"viewer\"}")
                  .statusCode())
          .isEqualTo(200);
      assertThat(get(client, paula, "/console/api/me").statusCode()).isEqualTo(401);
      paula = client.session("paula", "planner's password");
      assertThat(me(client, paula).path("role").asText()).isEqualTo("VIEWER");

      // a new password: the old one no longer signs in, and the sessions end
      assertThat(
              post(
                      client,
                      admin,
                      "/console/api/users/paula/password",
                      "{\"password\": \"a brand new password\"}")
                  .statusCode())
          .isEqualTo(200);
      assertThat(get(client, paula, "/console/api/me").statusCode()).isEqualTo(401);
      assertThat(client.signIn("paula", "planner's password").statusCode()).isEqualTo(401);
      paula = client.session("paula", "a brand new password");

      // disabled: no session, no sign-in, even with the right password; enabled again: both
      assertThat(post(client, admin, "/console/api/users/paula/disable", "{}").statusCode())
          .isEqualTo(200);
      assertThat(get(client, paula, "/console/api/me").statusCode()).isEqualTo(401);
      assertThat(client.signIn("paula", "a brand new password").statusCode()).isEqualTo(401);
      assertThat(post(client, admin, "/console/api/users/paula/enable", "{}").statusCode())
          .isEqualTo(200);
      assertThat(client.signIn("paula", "a brand new password").statusCode()).isEqualTo(200);

      // the hub keeps an enabled admin
      assertThat(
              post(client, admin, "/console/api/users/admin/role", "{\"role\": \"viewer\"}")
                  .statusCode())
          .isEqualTo(409);
      assertThat(post(client, admin, "/console/api/users/admin/disable", "{}").statusCode())
          .isEqualTo(409);
      assertThat(post(client, admin, "/console/api/users/nobody/enable", "{}").statusCode())
          .isEqualTo(404);
      assertThat(me(client, admin).path("role").asText()).isEqualTo("ADMIN");

      String listed = get(client, admin, "/console/api/users").body();
      assertThat(JSON.readTree(listed).findValuesAsText("username"))
          .containsExactly("admin", "paula", "victor");
      assertThat(JSON.readTree(listed).get(1).path("role").asText()).isEqualTo("VIEWER");
      assertThat(JSON.readTree(listed).get(1).path("disabled").asBoolean()).isFalse();
      assertThat(JSON.readTree(listed).get(1).path("last_sign_in").isTextual()).isTrue();
      assertThat(listed).doesNotContain("password").doesNotContain("argon2");

      List<String> audited =
          hub.jdbc()
              .queryForList(
                  "select action || ' ' || target from audit_log where username = 'admin' and"
                      + " action like 'user-%' order by id",
                  String.class);
      assertThat(audited)
          .containsExactly(
              "user-add paula",
              "user-role paula",
              "user-password paula",
              "user-disable paula",
              "user-enable paula");
    }
  }

  private static HttpResponse<String> get(
      ConsoleClient client, ConsoleClient.Session session, String path) throws Exception {
    return client.get(path, session.cookie());
  }

  private static HttpResponse<String> post(
      ConsoleClient client, ConsoleClient.Session session, String path, String body)
      throws Exception {
    return client.send("POST", path, session.cookie(), session.csrf(), Map.of(), body);
  }

  private static JsonNode me(ConsoleClient client, ConsoleClient.Session session) throws Exception {
    return JSON.readTree(client.get("/console/api/me", session.cookie()).body());
  }
}
