package io.tradelane.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The one gate in front of everything under {@code /console} (the route configuration in {@code
 * routes/console/console-security.camel.yaml} runs {@link #admit} before every console route): a
 * live session ({@link ConsoleSessions}, cookie {@value #COOKIE}), the role the request needs
 * ({@link ConsoleAccess}) and, for a change, the session's CSRF token in the {@code X-CSRF-Token}
 * header. What it lets through carries the user, role and CSRF token in Camel headers ({@link
 * #USER}, ...), which the HTTP server neither takes from a request nor sends in an answer; they are
 * removed first anyway. Sign-ins are throttled ({@link LoginThrottle}); every sign-in and sign-out,
 * failed ones too, is in the audit log.
 */
public final class ConsoleGate {

  /** The session cookie. */
  public static final String COOKIE = "tradelane_session";

  /** Who is signed in, for the routes behind the gate. */
  public static final String USER = "CamelTradelaneUser";

  /** Their role. */
  public static final String ROLE = "CamelTradelaneRole";

  /** The CSRF token their changes must send. */
  public static final String CSRF = "CamelTradelaneCsrf";

  private static final String REMOTE = "CamelVertxPlatformHttpRemoteAddress";

  private final ConsoleUsers users;
  private final ConsoleSessions sessions;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final boolean secureCookie;

  public ConsoleGate(
      ConsoleUsers users,
      ConsoleSessions sessions,
      LoginThrottle throttle,
      AuditLog audit,
      ObjectMapper json,
      boolean secureCookie) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
    this.json = json;
    this.secureCookie = secureCookie;
  }

  /**
   * Lets a console request through, or answers it (401 without a live session, 403 without the CSRF
   * token of a change or the role) and stops its route. Signing in needs no session.
   */
  public void admit(Exchange exchange) throws IOException {
    Message in = exchange.getMessage();
    in.removeHeaders("CamelTradelane*");
    String path = in.getHeader(Exchange.HTTP_PATH, "", String.class);
    String uri = in.getHeader(Exchange.HTTP_URI, "", String.class);
    String method = in.getHeader(Exchange.HTTP_METHOD, "GET", String.class);
    boolean reading = method.equals("GET") || method.equals("HEAD");
    if (uri.equals("/console/login")
        || path.equals("/console/login")
        || (reading && uri.startsWith("/console/assets/"))) {
      return;
    }
    Optional<ConsoleSessions.Session> session = sessions.find(token(in));
    if (session.isEmpty()) {
      if (reading && !uri.startsWith("/console/api/")) {
        // a page: the browser goes to the sign-in page, and gets nothing of this one
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        in.setHeader("Location", "/console/login");
        in.setHeader("Cache-Control", "no-store");
        in.setBody("");
        exchange.setRouteStop(true);
        return;
      }
      refuse(exchange, 401, "sign in first (POST /console/login)");
      return;
    }
    if (!reading && !session.get().csrf().equals(in.getHeader("X-CSRF-Token", String.class))) {
      refuse(exchange, 403, "the change lacks the session's CSRF token (X-CSRF-Token)");
      return;
    }
    Role needed = ConsoleAccess.needed(method, uri);
    if (!session.get().role().covers(needed)) {
      refuse(
          exchange,
          403,
          session.get().username()
              + " ("
              + session.get().role()
              + ") may not do this: "
              + needed
              + " only");
      return;
    }
    in.setHeader(USER, session.get().username());
    in.setHeader(ROLE, session.get().role().name());
    in.setHeader(CSRF, session.get().csrf());
  }

  /** {@code POST /console/login} {@code {"username", "password"}}: opens a session. */
  public void signIn(Exchange exchange) throws IOException {
    Message in = exchange.getMessage();
    String address = String.valueOf(in.getHeader(REMOTE, "unknown", String.class));
    JsonNode body;
    try {
      body = json.readTree(in.getBody(String.class));
    } catch (IOException | IllegalArgumentException e) {
      body = null;
    }
    String username = body == null ? null : body.path("username").asText(null);
    String password = body == null ? null : body.path("password").asText(null);
    if (username == null || password == null) {
      refuse(exchange, 400, "send {\"username\": ..., \"password\": ...}");
      return;
    }
    if (throttle.refused(username, address)) {
      audit.record(username, "sign-in-throttled", address, null);
      in.setHeader("Retry-After", "900");
      refuse(exchange, 429, "too many failed sign-ins; try again later");
      return;
    }
    Optional<ConsoleUsers.User> user = users.check(username, password);
    if (user.isEmpty()) {
      throttle.failed(username, address);
      audit.record(username, "sign-in-failed", address, null);
      refuse(exchange, 401, "wrong user name or password");
      return;
    }
    throttle.succeeded(username);
    String token = sessions.open(user.get());
    audit.record(username, "sign-in", address, user.get().role().name());
    in.setHeader(
        "Set-Cookie",
        COOKIE
            + "="
            + token
            + "; Path=/console; HttpOnly; SameSite=Strict"
            + (secureCookie ? "; Secure" : ""));
    answer(exchange, 200, me(sessions.find(token).orElseThrow()));
  }

  /** {@code POST /console/logout} (behind the gate): ends the session. */
  public void signOut(Exchange exchange) throws IOException {
    Message in = exchange.getMessage();
    sessions.close(token(in));
    String user = in.getHeader(USER, String.class);
    audit.record(user, "sign-out", null, null);
    in.setHeader("Set-Cookie", COOKIE + "=; Path=/console; Max-Age=0; HttpOnly; SameSite=Strict");
    answer(exchange, 200, Map.of("signedOut", user));
  }

  private static String token(Message in) {
    String cookies = in.getHeader("Cookie", String.class);
    if (cookies == null) {
      return null;
    }
    for (String cookie : cookies.split(";")) {
      String c = cookie.strip();
      if (c.startsWith(COOKIE + "=")) {
        return c.substring(COOKIE.length() + 1);
      }
    }
    return null;
  }

  private static Map<String, Object> me(ConsoleSessions.Session session) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("username", session.username());
    me.put("role", session.role().name());
    me.put("csrf", session.csrf());
    return me;
  }

  private void refuse(Exchange exchange, int status, String why) throws IOException {
    answer(exchange, status, Map.of("errors", List.of(why)));
    exchange.setRouteStop(true);
  }

  private void answer(Exchange exchange, int status, Object body) throws IOException {
    Message out = exchange.getMessage();
    out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    out.setHeader(Exchange.CONTENT_TYPE, "application/json");
    out.setHeader("Cache-Control", "no-store");
    ConsoleAssets.secure(out);
    out.setBody(json.writeValueAsString(body));
  }
}
