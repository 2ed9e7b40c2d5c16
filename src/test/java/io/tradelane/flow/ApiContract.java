package io.tradelane.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.ApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hub's OpenAPI document as a contract: whether an answer of the hub is one the document
 * describes for its operation and status, its JSON body checked against the schema (types, required
 * and undocumented properties, enums, nullability, dates). {@link HubApi} checks every answer it
 * gets, so each test that calls the API also tests that the document tells the truth.
 */
final class ApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode DOCUMENT = load();

  private ApiContract() {}

  /** The document, as read from the classpath. */
  static JsonNode document() {
    return DOCUMENT;
  }

  /** What is wrong with an answer, by the document; empty when nothing is. */
  static List<String> problems(String method, String path, int status, String body) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    JsonNode operation = null;
    for (Iterator<String> it = DOCUMENT.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (bare.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
        operation = DOCUMENT.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
      }
    }
    String where = method + " " + bare + " " + status;
    if (operation == null || operation.isMissingNode()) {
      return List.of(where + ": no such operation in the document");
    }
    JsonNode response = resolve(operation.path("responses").path(Integer.toString(status)));
    if (response.isMissingNode()) {
      return List.of(where + ": status not documented");
    }
    JsonNode schema = response.path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    try {
      check(schema, JSON.readTree(body), where + " body", problems);
    } catch (IOException e) {
      problems.add(where + ": not JSON: " + e.getMessage());
    }
    return problems;
  }

  private static void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
    schema = resolve(schema);
    if (value == null || value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        problems.add(at + ": null, not documented as nullable");
      }
      return;
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> object(schema, value, at, problems);
      case "array" -> {
        if (!value.isArray()) {
          problems.add(at + ": not an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(schema.path("items"), value.get(i), at + "[" + i + "]", problems);
        }
      }
      case "string" -> string(schema, value, at, problems);
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(at + ": " + value + " is not an integer");
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(at + ": " + value + " is not a number");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(at + ": " + value + " is not a boolean");
        }
      }
      default -> problems.add(at + ": the document gives no type");
    }
  }

  private static void object(JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (!value.isObject()) {
      problems.add(at + ": not an object");
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(at + ": no " + required.asText());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode property = schema.path("properties").path(field.getKey());
      if (property.isMissingNode() && schema.path("additionalProperties").isObject()) {
        property = schema.path("additionalProperties");
      }
      if (property.isMissingNode()) {
        problems.add(at + ": " + field.getKey() + " is not documented");
      } else {
        check(property, field.getValue(), at + "." + field.getKey(), problems);
      }
    }
  }

  private static void string(JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (!value.isTextual()) {
      problems.add(at + ": " + value + " is not a string");
      return;
    }
    String text = value.asText();
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.path("enum")) {
        listed |= text.equals(allowed.asText());
      }
      if (!listed) {
        problems.add(at + ": '" + text + "' is not one of " + schema.path("enum"));
      }
    }
    try {
      switch (schema.path("format").asText("")) {
        case "date" -> LocalDate.parse(text);
        case "date-time" -> OffsetDateTime.parse(text);
        default -> {}
      }
    } catch (DateTimeParseException e) {
      problems.add(at + ": '" + text + "' is not a " + schema.path("format").asText());
    }
  }

  private static JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      node = DOCUMENT.at(node.path("$ref").asText().substring(1));
    }
    return node;
  }

  private static JsonNode load() {
    try (InputStream in =
        ApiContract.class.getClassLoader().getResourceAsStream(ApiDocument.RESOURCE)) {
      Object yaml = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      return JSON.valueToTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
