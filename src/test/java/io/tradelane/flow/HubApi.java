package io.tradelane.flow;

import io.tradelane.runtime.FreePorts;
import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The hub's {@code /api/*} endpoints as the warehouse calls them: JSON posted with the login the
 * hub's first start wrote into its data folder (or none, to see the refusal). Every answer is
 * checked against the OpenAPI document ({@link ApiContract}): an answer it does not describe fails
 * the test.
 */
final class HubApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final InJvmHub hub;
  private final int port;

  HubApi(InJvmHub hub, int port) {
    this.hub = hub;
    this.port = port;
  }

  /** A free port to start the hub's HTTP server on. */
  static int freePort() {
    return FreePorts.next();
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return send(path, json, true);
  }

  /** Posts a body of another type than JSON (a CSV upload). */
  HttpResponse<String> post(String path, String body, String contentType) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", contentType)
            .header("Authorization", "Basic " + credentials())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return checked(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + credentials())
            .GET()
            .build();
    return checked(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  HttpResponse<String> postWithoutLogin(String path, String json) throws Exception {
    return send(path, json, false);
  }

  private HttpResponse<String> send(String path, String json, boolean login) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (login) {
      request.header("Authorization", "Basic " + credentials());
    }
    return checked(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  private static HttpResponse<String> checked(HttpResponse<String> response) {
    HttpRequest request = response.request();
    String path = request.uri().getRawPath();
    if (request.uri().getRawQuery() != null) {
      path += "?" + request.uri().getRawQuery();
    }
    List<String> problems =
        ApiContract.problems(request.method(), path, response.statusCode(), response.body());
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "the answer is not what the OpenAPI document says:\n  "
              + String.join("\n  ", problems)
              + "\nanswer: "
              + response.body());
    }
    return response;
  }

  private String credentials() throws IOException {
    Properties users = new Properties();
    try (var in = Files.newBufferedReader(hub.dataDir().resolve("security/api-users.properties"))) {
      users.load(in);
    }
    String login = "warehouse:" + users.getProperty("user.warehouse");
    return Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
  }
}
