package io.tradelane.shipping;

import io.tradelane.backoffice.FileRefusals;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.exchange.Dispatch;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * Shipment CSV files dropped in {@code <data-dir>/backoffice/shipments/in/}: the rows Smooks bound
 * are applied as a whole; a refused file goes to {@code failed/} with a report naming every error
 * by row and field ({@link FileRefusals}). A file read again after a crash confirms nothing twice
 * (same shipment IDs, same content).
 */
public final class ShipmentFiles {

  private final ShipmentConfirmations confirmations;
  private final FileRefusals refusals;
  private final int headerLines;

  /**
   * @param headerLines lines before the first row in the mapping (its skipLines)
   */
  public ShipmentFiles(
      ShipmentConfirmations confirmations, FileRefusals refusals, int headerLines) {
    this.confirmations = confirmations;
    this.refusals = refusals;
    this.headerLines = headerLines;
  }

  /** Applies the rows of one file; returns the follow-ups. */
  public List<Dispatch> confirm(List<ShipmentCsvRow> rows, Exchange exchange) {
    String name = FileRefusals.fileName(exchange);
    try {
      return confirmations.confirm(ShipmentCsv.confirmations(rows, headerLines), name).followUps();
    } catch (InputRejected rejected) {
      refusals.refuse(exchange, rejected.errors());
      return List.of();
    }
  }
}
