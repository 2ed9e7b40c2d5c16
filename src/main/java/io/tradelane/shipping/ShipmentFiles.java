package io.tradelane.shipping;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import io.tradelane.xml.SafeXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Shipment CSV files dropped in {@code <data-dir>/backoffice/shipments/in/}: the rows Smooks bound
 * are applied as a whole; a refused file goes to {@code failed/} with a {@code .errors.txt} beside
 * it listing every error by row and field, and an event the admin sees. An applied file goes to
 * {@code done/}. A file read again after a crash confirms nothing twice (same shipment IDs, same
 * content).
 */
public final class ShipmentFiles {

  /** Exchange property naming the folder the file goes to: {@code done} or {@code failed}. */
  public static final String OUTCOME = "TradelaneOutcome";

  private static final String CSV_NAMESPACE = "https://www.smooks.org/xsd/smooks/csv-1.7.xsd";

  private final ShipmentConfirmations confirmations;
  private final HubEvents events;
  private final Path failedDir;
  private final int headerLines;

  /**
   * @param failedDir where refused files and their error reports go
   * @param headerLines lines before the first row in the mapping (its skipLines)
   */
  public ShipmentFiles(
      ShipmentConfirmations confirmations, HubEvents events, Path failedDir, int headerLines) {
    this.confirmations = confirmations;
    this.events = events;
    this.failedDir = failedDir;
    this.headerLines = headerLines;
  }

  /**
   * The lines before the first row in a Smooks CSV mapping (its reader's {@code skipLines}), so
   * that error reports number rows as the file does.
   */
  public static int headerLines(Path smooksConfig) {
    try {
      Element reader =
          (Element)
              SafeXml.documentBuilder()
                  .parse(smooksConfig.toFile())
                  .getElementsByTagNameNS(CSV_NAMESPACE, "reader")
                  .item(0);
      if (reader == null) {
        throw new IllegalStateException(smooksConfig + " has no csv:reader");
      }
      String skip = reader.getAttribute("skipLines");
      return skip.isEmpty() ? 0 : Integer.parseInt(skip.strip());
    } catch (IOException | SAXException | NumberFormatException e) {
      throw new IllegalStateException("cannot read the CSV mapping " + smooksConfig, e);
    }
  }

  /** Applies the rows of one file; returns the follow-ups. */
  public List<Dispatch> confirm(List<ShipmentCsvRow> rows, Exchange exchange) {
    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    exchange.setProperty(OUTCOME, "done");
    try {
      return confirmations.confirm(ShipmentCsv.confirmations(rows, headerLines), name).followUps();
    } catch (ShipmentRejected rejected) {
      refused(exchange, name, rejected.errors());
      return List.of();
    } catch (RuntimeException e) {
      if (Rows.malformed(e)) {
        refused(exchange, name, List.of("file: " + Rows.reason(e)));
        return List.of();
      }
      throw e;
    }
  }

  /** A file Smooks could not read as rows at all (e.g. a row with a field too many). */
  public void unreadable(Exchange exchange) {
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    refused(exchange, name, List.of("file: " + Rows.reason(e)));
  }

  private void refused(Exchange exchange, String name, List<String> errors) {
    exchange.setProperty(OUTCOME, "failed");
    try {
      Files.createDirectories(failedDir);
      Files.writeString(
          failedDir.resolve(name + ".errors.txt"),
          String.join("\n", errors) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the error report of " + name, e);
    }
    events.record(
        HubEvents.Severity.ERROR,
        "shipment-file-rejected",
        null,
        name,
        "shipment file refused, nothing applied: " + String.join("; ", errors));
  }

  /** What a CSV reading failure says, without the layers of wrapping around it. */
  private static final class Rows {
    private Rows() {}

    static boolean malformed(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getClass().getName().startsWith("com.opencsv")
            || t.getClass().getName().startsWith("org.smooks")) {
          return true;
        }
      }
      return false;
    }

    static String reason(Throwable e) {
      Throwable deepest = e;
      while (deepest.getCause() != null) {
        deepest = deepest.getCause();
      }
      return deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
    }
  }
}
