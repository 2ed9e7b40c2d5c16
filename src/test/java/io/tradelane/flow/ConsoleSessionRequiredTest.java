package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page and call of the console, as the OpenAPI document lists them, is refused without a live
 * session: a page sends the browser to the sign-in page and shows nothing of itself (303), a call
 * is answered 401, and a made-up session cookie changes nothing. Only the sign-in page, the
 * console's scripts and styles, and the probes answer without one.
 */
class ConsoleSessionRequiredTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void refuses_every_console_page_and_call_without_a_session() throws Exception {
    int port = HubApi.freePort();
    try (InJvmHub hub =
        InJvmHub.start(
            "console-session-required",
            null,
            Map.of(
                "hub.http.port",
                Integer.toString(port),
                "hub.console.admin-password",
                "first admin's password"))) {
      List<String> checked = new ArrayList<>();
      ApiContract.document()
          .path("paths")
          .fields()
          .forEachRemaining(
              path -> {
                String template = path.getKey();
                if (!template.startsWith("/console")
                    || template.equals("/console/login")
                    || template.startsWith("/console/assets/")) {
                  return;
                }
                String concrete = template.replaceAll("\\{[^}]+}", "1");
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          String m = method.toUpperCase(Locale.ROOT);
                          for (String cookie : new String[] {null, "tradelane_session=made-up"}) {
                            HttpResponse<String> answer = send(port, m, concrete, cookie);
                            if (m.equals("GET") && !concrete.startsWith("/console/api/")) {
                              assertThat(answer.statusCode()).as(m + " " + concrete).isEqualTo(303);
                              assertThat(answer.headers().firstValue("Location"))
                                  .hasValue("/console/login");
                              assertThat(answer.body()).isEmpty();
                            } else {
                              assertThat(answer.statusCode())
                                  .as(m + " " + concrete + " " + answer.body())
                                  .isEqualTo(401);
                              assertThat(answer.body()).doesNotContain("\"id\"");
                            }
                          }
                          checked.add(m + " " + template);
                        });
              });
      assertThat(checked)
          .contains(
              "GET /console/app",
              "GET /console/api/dashboard",
              "POST /console/api/documents/out/{id}/replay",
              "POST /console/api/cpfr/exceptions/{id}/resolve",
              "POST /console/api/routes/{id}/{action}")
          .hasSizeGreaterThan(20);

      assertThat(send(port, "GET", "/console/login", null).statusCode()).isEqualTo(200);
      HttpResponse<String> script = send(port, "GET", "/console/assets/app.js", null);
      assertThat(script.statusCode()).isEqualTo(200);
      assertThat(script.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
      assertThat(send(port, "GET", "/console/assets/chart.umd.js", null).statusCode())
          .isEqualTo(200);
      // nothing but plain file names of the console's own folder
      assertThat(send(port, "GET", "/console/assets/..%2Fconsole%2Fapp.html", null).statusCode())
          .isEqualTo(404);
      assertThat(send(port, "GET", "/console/assets/application.properties", null).statusCode())
          .isEqualTo(404);
      HttpResponse<String> signIn = send(port, "GET", "/console/login", null);
      assertThat(signIn.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'"));
      assertThat(signIn.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(send(port, "GET", "/health", null).statusCode()).isEqualTo(200);
      assertThat(send(port, "GET", "/metrics", null).statusCode()).isEqualTo(200);
    }
  }

  private static HttpResponse<String> send(int port, String method, String path, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                method.equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path, e);
    }
  }
}
