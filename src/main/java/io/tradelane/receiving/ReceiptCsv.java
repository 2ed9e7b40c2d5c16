package io.tradelane.receiving;

import io.tradelane.backoffice.Fields;
import io.tradelane.backoffice.InputRejected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The receipts of a warehouse CSV file, one row per SKU received; errors name row and field. */
public final class ReceiptCsv {

  private ReceiptCsv() {}

  /**
   * @param headerLines lines before the first row (the mapping's skipLines)
   * @throws InputRejected listing every malformed or missing value
   */
  public static List<StockReceipt> receipts(List<ReceiptCsvRow> rows, int headerLines) {
    if (rows == null || rows.isEmpty()) {
      throw new InputRejected(List.of("file: no receipt rows"));
    }
    List<String> errors = new ArrayList<>();
    Fields fields = new Fields(errors);
    Map<String, List<StockReceipt.Line>> lines = new LinkedHashMap<>();
    Map<String, String> firstRow = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ReceiptCsvRow row = rows.get(i);
      String at = "row " + (i + 1 + headerLines);
      String id = fields.text(row.getReceiptId(), at + ", field receipt_id", 30);
      String sku = fields.text(row.getSku(), at + ", field sku", 32);
      BigDecimal quantity = fields.positive(row.getQuantity(), at + ", field quantity");
      if (id != null) {
        firstRow.putIfAbsent(id, at);
        if (sku != null && quantity != null) {
          lines
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(new StockReceipt.Line(sku, quantity, at));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    List<StockReceipt> receipts = new ArrayList<>();
    lines.forEach((id, l) -> receipts.add(new StockReceipt(id, l, firstRow.get(id))));
    return receipts;
  }
}
