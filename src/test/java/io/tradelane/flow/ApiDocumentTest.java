package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The OpenAPI document describes exactly the HTTP endpoints the routes under {@code routes/} serve
 * (method and path), every reference in it resolves, and every operation documents its answers.
 * That the answers are what it says is checked on each call the flow tests make ({@link HubApi}).
 */
class ApiDocumentTest {

  private final JsonNode document = ApiContract.document();

  @Test
  void documents_exactly_the_endpoints_the_routes_serve() throws IOException {
    TreeSet<String> served = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("routes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
        try (Reader in = Files.newBufferedReader(file)) {
          for (Object item :
              (List<?>) new Load(LoadSettings.builder().build()).loadFromReader(in)) {
            Map<?, ?> route = (Map<?, ?>) ((Map<?, ?>) item).get("route");
            Map<?, ?> from = route == null ? null : (Map<?, ?>) route.get("from");
            String uri = from == null ? "" : String.valueOf(from.get("uri"));
            if (uri.startsWith("platform-http:")) {
              Map<?, ?> parameters = (Map<?, ?>) from.get("parameters");
              served.add(
                  parameters.get("httpMethodRestrict")
                      + " "
                      + uri.substring("platform-http:".length()));
            }
          }
        }
      }
    }
    TreeSet<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
    }

    assertThat(served).hasSizeGreaterThan(10);
    assertThat(documented).isEqualTo(served);
  }

  @Test
  void every_reference_resolves_and_every_operation_documents_its_answers() {
    List<String> problems = new ArrayList<>();
    references(document, "", problems);
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          String where = op.getKey() + " " + path.getKey();
                          if (!op.getValue().path("responses").fieldNames().hasNext()) {
                            problems.add(where + ": no responses");
                          }
                          if (!op.getValue().hasNonNull("operationId")) {
                            problems.add(where + ": no operationId");
                          }
                        }));
    assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
    assertThat(problems).isEmpty();
  }

  @Test
  void the_contract_check_finds_answers_the_document_does_not_describe() {
    assertThat(ApiContract.problems("GET", "/api/cpfr/acme/accuracy", 200, "[]")).isEmpty();
    assertThat(ApiContract.problems("DELETE", "/api/cpfr/acme/accuracy", 200, "[]"))
        .containsExactly("DELETE /api/cpfr/acme/accuracy 200: no such operation in the document");
    assertThat(ApiContract.problems("GET", "/api/cpfr/acme/accuracy", 418, "[]"))
        .containsExactly("GET /api/cpfr/acme/accuracy 418: status not documented");
    assertThat(
            ApiContract.problems(
                "GET",
                "/api/cpfr/acme/exceptions?status=OPEN",
                200,
                "[{\"id\": 1.5, \"metric\": \"GUESS\", \"week_start\": \"30/11/2026\","
                    + " \"measured\": null, \"colour\": \"red\"}]"))
        .containsExactly(
            "GET /api/cpfr/acme/exceptions 200 body[0]: no sku",
            "GET /api/cpfr/acme/exceptions 200 body[0]: no location",
            "GET /api/cpfr/acme/exceptions 200 body[0]: no threshold",
            "GET /api/cpfr/acme/exceptions 200 body[0]: no priority",
            "GET /api/cpfr/acme/exceptions 200 body[0]: no status",
            "GET /api/cpfr/acme/exceptions 200 body[0]: no opened_at",
            "GET /api/cpfr/acme/exceptions 200 body[0]: no comments",
            "GET /api/cpfr/acme/exceptions 200 body[0].id: 1.5 is not an integer",
            "GET /api/cpfr/acme/exceptions 200 body[0].metric: 'GUESS' is not one of"
                + " [\"FORECAST_VARIANCE\",\"IN_STOCK\",\"FORECAST_ERROR\",\"FORECAST_BIAS\"]",
            "GET /api/cpfr/acme/exceptions 200 body[0].week_start: '30/11/2026' is not a date",
            "GET /api/cpfr/acme/exceptions 200 body[0].measured: null, not documented as nullable",
            "GET /api/cpfr/acme/exceptions 200 body[0]: colour is not documented");
  }

  private void references(JsonNode node, String at, List<String> problems) {
    if (node.has("$ref") && document.at(node.path("$ref").asText().substring(1)).isMissingNode()) {
      problems.add(at + ": " + node.path("$ref").asText() + " does not resolve");
    }
    node.fields().forEachRemaining(f -> references(f.getValue(), at + "/" + f.getKey(), problems));
    for (int i = 0; i < node.size() && node.isArray(); i++) {
      references(node.get(i), at + "/" + i, problems);
    }
  }
}
