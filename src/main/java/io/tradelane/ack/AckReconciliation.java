package io.tradelane.ack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.ack.AckMatching.Outcome;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.HubEvents.Severity;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.exchange.InboundDocuments.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acknowledgement stage: a partner's 997 or 999, stored and read by translation, sets the
 * acknowledgement status of the documents we sent in the group it names, in one transaction. What
 * it names that we never sent is recorded as an {@code ack-unmatched} event and the acknowledgement
 * is kept as UNMATCHED; a rejection is recorded as {@code ack-rejected}, an acknowledgement of an
 * overdue document as {@code ack-late}. Handling the same acknowledgement again changes nothing.
 */
public final class AckReconciliation {

  private final TransactionTemplate tx;
  private final InboundDocuments documents;
  private final OutboundAcks acks;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Clock clock;

  public AckReconciliation(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      InboundDocuments documents,
      HubEvents events,
      ObjectMapper json,
      Clock clock) {
    this.tx = tx;
    this.documents = documents;
    this.acks = new OutboundAcks(jdbc);
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** Reconciles one stored acknowledgement (an inbound document id). */
  public void reconcile(String documentId) {
    long id = Long.parseLong(documentId);
    tx.executeWithoutResult(
        status -> {
          Document doc = documents.lock(id);
          if (doc.status() == Status.ACCEPTED) {
            apply(doc, read(doc.payload()));
          }
        });
  }

  private void apply(Document ack, AckReport report) {
    List<SentDocument> group =
        AckMatching.number(report.groupControl())
            .map(gs -> acks.lockGroup(ack.partnerId(), gs))
            .orElse(List.of());
    AckMatching.Result result = AckMatching.match(report, group);
    Instant now = Instant.now(clock);
    for (Outcome outcome : result.outcomes()) {
      acks.record(outcome.document().id(), ack.id(), outcome.status(), outcome.detail(), now);
      announce(ack, outcome);
    }
    String summary =
        String.join(
            "\n",
            result.outcomes().stream()
                .map(o -> o.document().describe() + ": " + o.status())
                .toList());
    if (result.unmatched().isEmpty()) {
      documents.finish(ack.id(), Status.PROCESSED, summary);
      return;
    }
    String unmatched = String.join("\n", result.unmatched());
    events.record(
        Severity.WARN,
        "ack-unmatched",
        ack.partnerId(),
        report.kind() + " of group " + report.groupControl(),
        unmatched);
    documents.finish(
        ack.id(), Status.UNMATCHED, summary.isEmpty() ? unmatched : summary + "\n" + unmatched);
  }

  private void announce(Document ack, Outcome outcome) {
    SentDocument doc = outcome.document();
    if (outcome.status() == AckStatus.REJECTED) {
      events.record(
          Severity.WARN,
          "ack-rejected",
          ack.partnerId(),
          doc.describe(),
          "the partner rejected it" + (outcome.detail() == null ? "" : ": " + outcome.detail()));
    }
    if (doc.ackStatus() == AckStatus.OVERDUE) {
      events.record(
          Severity.INFO,
          "ack-late",
          ack.partnerId(),
          doc.describe(),
          "acknowledged after its deadline: " + outcome.status());
    }
  }

  private AckReport read(String payload) {
    try {
      return json.readValue(payload, AckReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored acknowledgement cannot be read back", e);
    }
  }
}
