package io.tradelane.receiving;

import io.tradelane.backoffice.FileRefusals;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.exchange.Dispatch;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * Stock receipt CSV files dropped in {@code <data-dir>/backoffice/receipts/in/}: applied as a
 * whole, or refused to {@code failed/} with a report by row and field ({@link FileRefusals}).
 */
public final class ReceiptFiles {

  private final StockReceipts receipts;
  private final FileRefusals refusals;
  private final int headerLines;

  /**
   * @param headerLines lines before the first row in the mapping (its skipLines)
   */
  public ReceiptFiles(StockReceipts receipts, FileRefusals refusals, int headerLines) {
    this.receipts = receipts;
    this.refusals = refusals;
    this.headerLines = headerLines;
  }

  /** Applies the rows of one file; returns the follow-ups. */
  public List<Dispatch> receive(List<ReceiptCsvRow> rows, Exchange exchange) {
    String name = FileRefusals.fileName(exchange);
    try {
      return receipts.receive(ReceiptCsv.receipts(rows, headerLines), name).followUps();
    } catch (InputRejected rejected) {
      refusals.refuse(exchange, rejected.errors());
      return List.of();
    }
  }
}
