package io.tradelane.transport;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.HubEvents.Severity;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.exchange.OutboundDocuments.Outbound;
import io.tradelane.partner.PartnerDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbound documents over each partner's transport. A document is delivered under its row
 * lock and marked delivered in the same transaction, so two deliveries of it never both send it. A
 * failed attempt is recorded with its error and tried again with backoff ({@link DeliveryRetry});
 * after the last attempt the document is parked as FAILED with an error event, until an admin
 * replays it. Nothing is dropped: a document is PENDING, DELIVERED, HELD or FAILED.
 */
public final class OutboundDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboundDelivery.class);

  private final TransactionTemplate tx;
  private final OutboundDocuments documents;
  private final Map<String, DeliveryChannel> channels;
  private final DeliveryChannel mailbox;
  private final DeliveryRetry retry;
  private final HubEvents events;
  private final String queue;
  private final Clock clock;

  OutboundDelivery(
      TransactionTemplate tx,
      OutboundDocuments documents,
      Map<String, DeliveryChannel> channels,
      DeliveryChannel mailbox,
      DeliveryRetry retry,
      HubEvents events,
      String queue,
      Clock clock) {
    this.tx = tx;
    this.documents = documents;
    this.channels = Map.copyOf(channels);
    this.mailbox = mailbox;
    this.retry = retry;
    this.events = events;
    this.queue = queue;
    this.clock = clock;
  }

  /** Makes one delivery attempt of a pending document; nothing when it is not pending. */
  public void deliver(String documentId) {
    long id = Long.parseLong(documentId);
    tx.executeWithoutResult(status -> documents.pending(id).ifPresent(this::attempt));
  }

  private void attempt(Outbound doc) {
    DeliveryChannel.Delivered delivered;
    try {
      delivered = channels.getOrDefault(doc.partnerId(), mailbox).send(doc);
    } catch (RuntimeException e) {
      failed(doc, e);
      return;
    }
    documents.delivered(doc.id(), delivered.via(), delivered.proof());
    events
        .metrics()
        .delivered(
            doc.partnerId(), doc.docType(), Duration.between(doc.createdAt(), clock.instant()));
    LOG.info(
        "Delivered {} {} to {} over {}: {}",
        doc.docType(),
        doc.fileName(),
        doc.partnerId(),
        delivered.via(),
        delivered.proof());
  }

  private void failed(Outbound doc, RuntimeException e) {
    int attempts = doc.attempts() + 1;
    String error = describe(e);
    String reference = doc.docType() + " " + doc.fileName();
    if (attempts >= retry.maxAttempts()) {
      documents.parked(doc.id(), attempts, error);
      events.record(
          Severity.ERROR,
          "delivery-failed",
          doc.partnerId(),
          reference,
          "not delivered after "
              + attempts
              + " attempts, parked as FAILED until replayed (document "
              + doc.id()
              + "): "
              + error);
    } else {
      Instant next = Instant.now(clock).plus(retry.delayAfter(attempts));
      documents.retryAt(doc.id(), attempts, error, next);
      events.record(
          Severity.WARN,
          "delivery-retry",
          doc.partnerId(),
          reference,
          "attempt "
              + attempts
              + " of "
              + retry.maxAttempts()
              + " failed, next at "
              + next
              + ": "
              + error);
    }
  }

  /** The chain of causes of a failure, each message once, e.g. "x: connection refused". */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CamelExecutionException) {
        continue; // says only that the exchange failed
      }
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (text.indexOf(message) < 0) {
        text.append(text.length() == 0 ? "" : " <- ").append(message);
      }
    }
    return text.toString();
  }

  /** The documents whose retry is due, to hand to the delivery stage. */
  public List<Dispatch> dueRetries() {
    Instant now = Instant.now(clock);
    return tx.execute(status -> documents.claimDue(now, now.plus(retry.lease()))).stream()
        .map(id -> Dispatch.of(queue, id))
        .toList();
  }

  /**
   * Puts a FAILED document back into delivery, with a fresh round of attempts.
   *
   * @return the delivery to hand on, or empty when the document is not FAILED
   */
  public List<Dispatch> replay(long id) {
    return tx.execute(
        status ->
            documents
                .replay(id)
                .map(
                    doc -> {
                      events.record(
                          Severity.INFO,
                          "delivery-replayed",
                          doc.partnerId(),
                          doc.docType() + " " + doc.fileName(),
                          "document " + id + " put back into delivery");
                      return List.of(Dispatch.of(queue, id));
                    })
                .orElse(List.of()));
  }

  /**
   * Sends a delivered document again, as a new document with new control numbers that names the
   * original.
   *
   * @return the new document's delivery, or empty when the original is not DELIVERED
   */
  public List<Dispatch> resend(long id, PartnerDirectory partners) {
    return tx.execute(
        status ->
            documents
                .resend(id, partners)
                .map(
                    copy -> {
                      events.record(
                          Severity.INFO,
                          "document-resent",
                          documents.partnerOf(copy),
                          "document " + copy,
                          "document " + id + " sent again as document " + copy);
                      return List.of(Dispatch.of(queue, copy));
                    })
                .orElse(List.of()));
  }
}
