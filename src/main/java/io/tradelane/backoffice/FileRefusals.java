package io.tradelane.backoffice;

import io.tradelane.exchange.HubEvents;
import io.tradelane.xml.SafeXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * What happens to a back-office CSV file (shipments, stock receipts) the hub refuses: it goes to
 * the folder's {@code failed/} with {@code <name>.errors.txt} beside it, one error per line, and an
 * ERROR event the admin sees; an applied file goes to {@code done/}. The folder is chosen by the
 * exchange property {@value #OUTCOME}, which the file route's {@code move} option reads.
 */
public final class FileRefusals {

  /** Exchange property naming the folder the file goes to: {@code done} or {@code failed}. */
  public static final String OUTCOME = "TradelaneOutcome";

  private static final String CSV_NAMESPACE = "https://www.smooks.org/xsd/smooks/csv-1.7.xsd";

  private final HubEvents events;
  private final Path failedDir;
  private final String eventKind;

  /**
   * @param failedDir where refused files and their reports go
   * @param eventKind the kind of the event recorded for a refused file
   */
  public FileRefusals(HubEvents events, Path failedDir, String eventKind) {
    this.events = events;
    this.failedDir = failedDir;
    this.eventKind = eventKind;
  }

  /** The file being processed goes to {@code done/} unless refused. */
  public static String fileName(Exchange exchange) {
    exchange.setProperty(OUTCOME, "done");
    return exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
  }

  /** Sends the file to {@code failed/} with its report and records the event. */
  public void refuse(Exchange exchange, List<String> errors) {
    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    exchange.setProperty(OUTCOME, "failed");
    try {
      Files.createDirectories(failedDir);
      Files.writeString(
          failedDir.resolve(name + ".errors.txt"),
          String.join("\n", errors) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the error report of " + name, e);
    }
    events.record(
        HubEvents.Severity.ERROR,
        eventKind,
        null,
        name,
        "file refused, nothing applied: " + String.join("; ", errors));
  }

  /** For a file the mapping could not read as rows at all: refused with the reader's reason. */
  public void unreadable(Exchange exchange) {
    Throwable deepest = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    while (deepest != null && deepest.getCause() != null) {
      deepest = deepest.getCause();
    }
    String reason =
        deepest == null
            ? "unreadable"
            : deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
    refuse(exchange, List.of("file: " + reason));
  }

  /**
   * The lines before the first row in a Smooks CSV mapping (its reader's {@code skipLines}), so
   * that reports number rows as the file does.
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
}
