package io.tradelane.cpfr;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.exchange.StoredSets;
import io.tradelane.inventory.Catalog;
import io.tradelane.partner.PartnerDirectory;
import java.time.Clock;
import java.util.Optional;
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
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final ForecastIntake forecasts;
  private final ActivityIntake activity;

  public CpfrIntake(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      InboundDocuments documents,
      StoredSets sets,
      Catalog catalog,
      PartnerDirectory partners,
      HubEvents events,
      ObjectMapper json,
      Clock clock) {
    this.tx = tx;
    this.documents = documents;
    this.partners = partners;
    this.events = events;
    this.forecasts = new ForecastIntake(jdbc, documents, catalog, events, json, clock);
    this.activity = new ActivityIntake(jdbc, documents, sets, catalog, events, json, clock);
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
    Optional<CollaborationArrangement> arrangement =
        CollaborationArrangement.of(partners.require(doc.partnerId()));
    if (arrangement.isEmpty()) {
      String why = CollaborationArrangement.missing(doc.partnerId());
      documents.finish(doc.id(), InboundDocuments.Status.REJECTED, why);
      events.record(
          HubEvents.Severity.WARN, "cpfr-refused", doc.partnerId(), doc.transactionSet(), why);
      return;
    }
    switch (doc.transactionSet()) {
      case "830" -> forecasts.store(doc, arrangement.get());
      case "852" -> activity.store(doc, arrangement.get());
      default ->
          throw new IllegalArgumentException(
              "document " + doc.id() + " is a " + doc.transactionSet() + ", not an 830 or 852");
    }
  }
}
