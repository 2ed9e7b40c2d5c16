package io.tradelane.cpfr;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.inventory.Catalog;
import io.tradelane.partner.PartnerDirectory;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CPFR intake stage: an accepted 830 becomes the next version of its partner's forecast ({@link
 * ForecastIntake}), an accepted 852 a sales and stock report ({@link ActivityIntake}), each in one
 * transaction under the document's row lock, so a redelivered message finds it done.
 */
public final class CpfrIntake {

  private final TransactionTemplate tx;
  private final InboundDocuments documents;
  private final ForecastIntake forecasts;
  private final ActivityIntake activity;

  public CpfrIntake(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      InboundDocuments documents,
      Catalog catalog,
      PartnerDirectory partners,
      HubEvents events,
      ObjectMapper json,
      Clock clock) {
    this.tx = tx;
    this.documents = documents;
    this.forecasts = new ForecastIntake(jdbc, documents, catalog, partners, events, json, clock);
    this.activity = new ActivityIntake(jdbc, documents, catalog, partners, events, json, clock);
  }

  /** Takes in one accepted 830 or 852 document; nothing when it was taken in before. */
  public void receive(String documentId) {
    long id = Long.parseLong(documentId.strip());
    tx.executeWithoutResult(status -> receive(documents.lock(id)));
  }

  private void receive(Document doc) {
    if (doc.status() != InboundDocuments.Status.ACCEPTED) {
      return;
    }
    switch (doc.transactionSet()) {
      case "830" -> forecasts.store(doc);
      case "852" -> activity.store(doc);
      default ->
          throw new IllegalArgumentException(
              "document " + doc.id() + " is a " + doc.transactionSet() + ", not an 830 or 852");
    }
  }
}
