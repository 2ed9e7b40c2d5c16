package io.tradelane.receiving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.backoffice.Fields;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.backoffice.JsonInput;
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
   * @throws InputRejected listing every malformed or missing value
   */
  public StockReceipt read(String body) {
    JsonNode root = JsonInput.object(json, body);
    List<String> errors = new ArrayList<>();
    Fields fields = new Fields(errors);
    String id = fields.text(JsonInput.text(root, "receiptId"), "receiptId", 30);
    JsonNode lines = root.path("lines");
    if (!lines.isArray() || lines.isEmpty()) {
      errors.add("lines: must list at least one SKU");
    }
    List<StockReceipt.Line> read = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String at = "lines[" + i + "]";
      String sku = fields.text(JsonInput.text(lines.get(i), "sku"), at + ".sku", 32);
      BigDecimal quantity =
          fields.positive(JsonInput.text(lines.get(i), "quantity"), at + ".quantity");
      if (sku != null && quantity != null) {
        read.add(new StockReceipt.Line(sku, quantity, at));
      }
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    return new StockReceipt(id, read, "body");
  }
}
