package io.tradelane.transport;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.exchange.Dispatch;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * {@code POST /api/outbound/{id}/replay}: puts a FAILED document back into delivery; answered 200
 * with the document's id, or 409 when it is not FAILED (delivered, still being retried, held or
 * unknown), 404 when the id is not a number.
 */
public final class DeliveryReplayApi {

  private final OutboundDelivery delivery;
  private final ApiAnswers answers;

  public DeliveryReplayApi(OutboundDelivery delivery, ApiAnswers answers) {
    this.delivery = delivery;
    this.answers = answers;
  }

  /**
   * @return the delivery to hand on (empty when refused)
   */
  public List<Dispatch> replay(@Header("id") String id, Exchange exchange) throws Exception {
    long documentId;
    try {
      documentId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no outbound document " + id)));
      return List.of();
    }
    List<Dispatch> replayed = delivery.replay(documentId);
    if (replayed.isEmpty()) {
      answers.answer(
          exchange, 409, Map.of("errors", List.of("outbound document " + id + " is not FAILED")));
    } else {
      answers.answer(exchange, 200, Map.of("document", documentId, "status", "PENDING"));
    }
    return replayed;
  }
}
