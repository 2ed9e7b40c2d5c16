package io.tradelane.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The console's HTTP API as a browser's script calls it: a session cookie and a CSRF token. */
public final class ConsoleClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A signed-in session: the cookie to send, and the CSRF token of its changes. */
  public record Session(String cookie, String csrf) {}

  private final int port;

  public ConsoleClient(int port) {
    this.port = port;
  }

  public HttpResponse<String> signIn(String username, String password) throws Exception {
    JsonNode body = JSON.createObjectNode().put("username", username).put("password", password);
    return send("POST", "/console/login", null, null, Map.of(), body.toString());
  }

  /** Signs in, which must succeed. */
  public Session session(String username, String password) throws Exception {
    HttpResponse<String> signedIn = signIn(username, password);
    if (signedIn.statusCode() != 200) {
      throw new AssertionError("cannot sign in as " + username + ": " + signedIn.body());
    }
    String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    return new Session(
        setCookie.substring(0, setCookie.indexOf(';')),
        JSON.readTree(signedIn.body()).path("csrf").asText());
  }

  public HttpResponse<String> get(String path, String cookie) throws Exception {
    return send("GET", path, cookie, null, Map.of(), null);
  }

  public HttpResponse<String> send(
      String method, String path, String cookie, String csrf, Map<String, String> headers)
      throws Exception {
    return send(method, path, cookie, csrf, headers, "{}");
  }

  HttpResponse<String> send(
      String method,
      String path,
      String cookie,
      String csrf,
      Map<String, String> headers,
      String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
