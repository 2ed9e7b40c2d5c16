package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.FreePorts;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.runtime.MovableClock;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's gate: nothing under /console without a session; sign-in with a hashed password, the
 * session cookie HttpOnly and SameSite=Strict; headers a client forges are dropped; every change
 * needs the session's CSRF token and the role for it; failed sign-ins are throttled and every
 * sign-in, failed or not, is in the audit log; a session ends when idle; the first admin gets a
 * random password in a private file when none is configured.
 */
class ConsoleSecurityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_PASSWORD = "first admin's password";

  private ConsoleClient client;

  @Test
  void admits_only_signed_in_users_with_the_role_and_csrf_token_a_request_needs() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-27T12:00:00Z"));
    int port = FreePorts.next();
    client = new ConsoleClient(port);
    try (InJvmHub hub =
        InJvmHub.start(
            "console-security",
            clock,
            Map.of(
                "hub.http.port",
                Integer.toString(port),
                "hub.console.admin-password",
                ADMIN_PASSWORD))) {
      ConsoleUsers users = new ConsoleUsers(hub.jdbc(), clock);
      users.add("paula", "planner's password", Role.PLANNER, "test");
      users.add("victor", "viewer's password", Role.VIEWER, "test");

      assertThat(get("/console/api/me", null).statusCode()).isEqualTo(401);
      assertThat(signIn("admin", "not the password").statusCode()).isEqualTo(401);

      HttpResponse<String> admin = signIn("admin", ADMIN_PASSWORD);
      assertThat(admin.statusCode()).isEqualTo(200);
      String setCookie = admin.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie)
          .containsIgnoringCase("HttpOnly")
          .contains("SameSite=Strict")
          .contains("Path=/console");
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));
      String csrf = JSON.readTree(admin.body()).path("csrf").asText();
      assertThat(JSON.readTree(admin.body()).path("role").asText()).isEqualTo("ADMIN");

      HttpResponse<String> me =
          send(
              "GET",
              "/console/api/me",
              cookie,
              null,
              Map.of("CamelTradelaneUser", "mallory", "X-Tradelane-User", "mallory"));
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(me.body()).path("username").asText()).isEqualTo("admin");

      // changes: the CSRF token, then the role
      assertThat(send("POST", "/console/logout", cookie, null, Map.of()).statusCode())
          .isEqualTo(403);
      ConsoleClient.Session paula = client.session("paula", "planner's password");
      String planner = paula.cookie();
      String plannerCsrf = paula.csrf();
      ConsoleClient.Session victor = client.session("victor", "viewer's password");
      String viewer = victor.cookie();
      String viewerCsrf = victor.csrf();
      // the CSRF token given at sign-in is the session's
      assertThat(JSON.readTree(get("/console/api/me", viewer).body()).path("csrf").asText())
          .isEqualTo(viewerCsrf);
      String stop = "/console/api/routes/outbound-retry/stop";
      assertThat(send("POST", stop, viewer, viewerCsrf, Map.of()).body())
          .contains("victor (VIEWER) may not do this: ADMIN only");
      assertThat(send("POST", stop, planner, plannerCsrf, Map.of()).statusCode()).isEqualTo(403);
      assertThat(send("POST", stop, cookie, null, Map.of()).statusCode()).isEqualTo(403);
      assertThat(send("POST", stop, cookie, plannerCsrf, Map.of()).statusCode()).isEqualTo(403);
      assertThat(hub.camel().getRouteController().getRouteStatus("outbound-retry").name())
          .isEqualTo("Started");
      HttpResponse<String> stopped = send("POST", stop, cookie, csrf, Map.of());
      assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
      assertThat(JSON.readTree(stopped.body()).path("status").asText()).isEqualTo("Stopped");
      JsonNode routes = JSON.readTree(get("/console/api/routes", viewer).body());
      assertThat(routes.findValuesAsText("id")).contains("outbound-retry", "orders-intake");
      assertThat(
              send("POST", "/console/api/routes/outbound-retry/start", cookie, csrf, Map.of())
                  .statusCode())
          .isEqualTo(200);
      assertThat(hub.camel().getRouteController().getRouteStatus("outbound-retry").name())
          .isEqualTo("Started");
      assertThat(
              send("POST", "/console/api/routes/console-login/stop", cookie, csrf, Map.of())
                  .statusCode())
          .isEqualTo(409);

      assertThat(send("POST", "/console/logout", cookie, csrf, Map.of()).statusCode())
          .isEqualTo(200);
      assertThat(get("/console/api/me", cookie).statusCode()).isEqualTo(401);

      // idle sessions end
      clock.advance(Duration.ofMinutes(31));
      assertThat(get("/console/api/me", viewer).statusCode()).isEqualTo(401);

      // five failures for a name: the sixth attempt is refused, the right password too
      for (int i = 0; i < 5; i++) {
        assertThat(signIn("paula", "guess " + i).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> throttled = signIn("paula", "planner's password");
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.headers().firstValue("Retry-After")).hasValue("900");
      clock.advance(Duration.ofMinutes(16));
      assertThat(signIn("paula", "planner's password").statusCode()).isEqualTo(200);

      assertThat(
              hub.jdbc()
                  .queryForList(
                      "select username || ' ' || action from audit_log order by id", String.class))
          .containsExactly(
              "admin sign-in-failed",
              "admin sign-in",
              "paula sign-in",
              "victor sign-in",
              "admin route-stop",
              "admin route-start",
              "admin sign-out",
              "paula sign-in-failed",
              "paula sign-in-failed",
              "paula sign-in-failed",
              "paula sign-in-failed",
              "paula sign-in-failed",
              "paula sign-in-throttled",
              "paula sign-in");
      assertThat(
              hub.jdbc()
                  .queryForObject(
                      "select password_hash from console_user where username = 'admin'",
                      String.class))
          .startsWith("$argon2id$");
      // the probes stay open
      assertThat(get("/health", null).statusCode()).isEqualTo(200);
      assertThat(get("/metrics", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void gives_the_first_admin_a_random_password_in_a_private_file() throws Exception {
    int port = FreePorts.next();
    client = new ConsoleClient(port);
    try (InJvmHub hub =
        InJvmHub.start(
            "console-first-admin", null, Map.of("hub.http.port", Integer.toString(port)))) {
      Path file = hub.dataDir().resolve("security/console-admin-password");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      String password = Files.readString(file).strip().substring("admin = ".length());
      assertThat(password).hasSizeGreaterThan(20);
      assertThat(signIn("admin", password).statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> signIn(String username, String password) throws Exception {
    return client.signIn(username, password);
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    return client.get(path, cookie);
  }

  private HttpResponse<String> send(
      String method, String path, String cookie, String csrf, Map<String, String> headers)
      throws Exception {
    return client.send(method, path, cookie, csrf, headers);
  }
}
