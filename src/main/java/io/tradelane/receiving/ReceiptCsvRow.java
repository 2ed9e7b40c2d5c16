package io.tradelane.receiving;

/**
 * One row of a warehouse stock receipt CSV as {@code config/smooks/receipt-csv.xml} binds it: the
 * receipt ID, a SKU and the quantity received, as text, checked by {@link ReceiptCsv}.
 */
public final class ReceiptCsvRow {

  private String receiptId;
  private String sku;
  private String quantity;

  public String getReceiptId() {
    return receiptId;
  }

  public void setReceiptId(String receiptId) {
    this.receiptId = receiptId;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }
}
