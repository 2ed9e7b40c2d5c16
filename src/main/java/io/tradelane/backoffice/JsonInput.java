package io.tradelane.backoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Reading a JSON body the warehouse posted: an object, its members as text. */
public final class JsonInput {

  private JsonInput() {}

  /**
   * The body as a JSON object.
   *
   * @throws InputRejected when it is not JSON, or not an object
   */
  public static JsonNode object(ObjectMapper json, String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InputRejected(List.of("body: not JSON (" + e.getOriginalMessage() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new InputRejected(List.of("body: must be a JSON object"));
    }
    return root;
  }

  /** A member's value as text: null when absent or null, numbers as written. */
  public static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
