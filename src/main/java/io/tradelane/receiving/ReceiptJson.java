package io.tradelane.receiving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A stock receipt posted as JSON: {@code {"receiptId": "RC-1", "lines": [{"sku": "TL-1005",
 * "quantity": 40}]}}. Errors name the JSON path of the value.
 */
public final class ReceiptJson {

  private final ObjectMapper json;

  public ReceiptJson(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Reads one receipt.
   *
   * @throws ReceiptRejected listing every malformed or missing value
   */
  public StockReceipt read(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ReceiptRejected(List.of("body: not JSON (" + e.getOriginalMessage() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new ReceiptRejected(List.of("body: must be a JSON object"));
    }
    List<String> errors = new ArrayList<>();
    String id = ReceiptValues.text(text(root, "receiptId"), "receiptId", 30, errors);
    JsonNode lines = root.path("lines");
    if (!lines.isArray() || lines.isEmpty()) {
      errors.add("lines: must list at least one SKU");
    }
    List<StockReceipt.Line> read = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String at = "lines[" + i + "]";
      String sku = ReceiptValues.text(text(lines.get(i), "sku"), at + ".sku", 32, errors);
      BigDecimal quantity =
          ReceiptValues.positive(text(lines.get(i), "quantity"), at + ".quantity", errors);
      if (sku != null && quantity != null) {
        read.add(new StockReceipt.Line(sku, quantity, at));
      }
    }
    if (!errors.isEmpty()) {
      throw new ReceiptRejected(errors);
    }
    return new StockReceipt(id, read, "body");
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
