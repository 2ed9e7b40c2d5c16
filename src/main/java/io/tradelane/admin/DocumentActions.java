package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.exchange.Dispatch;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.transport.OutboundDelivery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * An admin's fixes to a document we send, each in the audit log: {@code POST
 * /console/api/documents/out/{id}/replay} puts a FAILED delivery back into delivery (the same
 * document, a fresh round of attempts); {@code POST /console/api/documents/out/{id}/resend} sends a
 * DELIVERED document again as a new document with new control numbers, linked to the original.
 * Either answers 409 when the document is not in the state it needs.
 */
public final class DocumentActions {

  private final OutboundDelivery delivery;
  private final PartnerDirectory partners;
  private final AuditLog audit;
  private final ApiAnswers answers;

  public DocumentActions(
      OutboundDelivery delivery, PartnerDirectory partners, AuditLog audit, ApiAnswers answers) {
    this.delivery = delivery;
    this.partners = partners;
    this.audit = audit;
    this.answers = answers;
  }

  /**
   * @return the delivery to hand on (empty when refused)
   */
  public List<Dispatch> replay(
      @Header("id") String id, @Header(ConsoleGate.USER) String user, Exchange exchange)
      throws Exception {
    Long document = number(id, exchange);
    if (document == null) {
      return List.of();
    }
    List<Dispatch> replayed = delivery.replay(document);
    if (replayed.isEmpty()) {
      answers.answer(
          exchange, 409, Map.of("errors", List.of("document out/" + id + " is not FAILED")));
      return replayed;
    }
    audit.record(user, "document-replay", "out/" + document, null);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("document", document);
    answer.put("status", "PENDING");
    answers.answer(exchange, 200, answer);
    return replayed;
  }

  /**
   * @return the new document's delivery (empty when refused)
   */
  public List<Dispatch> resend(
      @Header("id") String id, @Header(ConsoleGate.USER) String user, Exchange exchange)
      throws Exception {
    Long document = number(id, exchange);
    if (document == null) {
      return List.of();
    }
    List<Dispatch> resent = delivery.resend(document, partners);
    if (resent.isEmpty()) {
      answers.answer(
          exchange,
          409,
          Map.of("errors", List.of("document out/" + id + " is not DELIVERED: nothing to resend")));
      return resent;
    }
    long copy = Long.parseLong(resent.get(0).body());
    audit.record(user, "document-resend", "out/" + document, "sent again as out/" + copy);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("document", copy);
    answer.put("resendOf", document);
    answers.answer(exchange, 201, answer);
    return resent;
  }

  private Long number(String id, Exchange exchange) throws Exception {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no document out/" + id)));
      return null;
    }
  }
}
