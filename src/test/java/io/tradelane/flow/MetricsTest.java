package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} answers without a login, in Prometheus' text format, with Camel's per route
 * metrics and the hub's per partner counts: an ACME order taken in (850 accepted), its 997 and 855
 * delivered with their latency, and a file that holds no interchange counted as a warning
 * (refused).
 */
class MetricsTest {

  @Test
  void counts_per_route_and_per_partner_for_prometheus_without_a_login() throws Exception {
    int port = HubApi.freePort();
    try (InJvmHub hub =
        InJvmHub.start("metrics", null, Map.of("hub.http.port", Integer.toString(port)))) {
      hub.drop(
          "acme",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      hub.drop("acme", "junk.edi", "not an interchange".getBytes(StandardCharsets.US_ASCII));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      HttpResponse<String> metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(metrics.body())
          .contains(
              "tradelane_documents_received_total{partner=\"acme\",status=\"ACCEPTED\",type=\"850\"}"
                  + " 1.0")
          .contains("tradelane_documents_delivered_total{partner=\"acme\",type=\"997\"} 1.0")
          .contains("tradelane_documents_delivered_total{partner=\"acme\",type=\"855\"} 1.0")
          .contains("tradelane_delivery_latency_seconds_count{partner=\"acme\",type=\"855\"} 1")
          .contains(
              "tradelane_events_total{kind=\"interchange-refused\",partner=\"acme\",severity=\"WARN\"}"
                  + " 1.0")
          .containsPattern("camel_exchanges_total\\{[^}]*routeId=\"orders-intake\"[^}]*} [1-9]")
          .containsPattern("camel_exchanges_failed_total\\{[^}]*routeId=\"x12-translate\"[^}]*} 0");
    }
  }
}
