package io.tradelane.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.backoffice.ApiAnswers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The dead-letter queue in the console: {@code GET /console/api/dead-letters} lists the messages a
 * stage gave up on (the first 200, with the queue each came from and the document id it carries);
 * {@code POST /console/api/dead-letters/replay} (admin) moves one ({@code {"id": ...}}) or all of
 * them ({@code {}}) back to their queue, for the stage to try again, recorded in the audit log.
 */
public final class DeadLetterConsole {

  private static final int SHOWN = 200;

  private final BrokerQueues queues;
  private final AuditLog audit;
  private final ApiAnswers answers;
  private final ObjectMapper json;

  public DeadLetterConsole(
      BrokerQueues queues, AuditLog audit, ApiAnswers answers, ObjectMapper json) {
    this.queues = queues;
    this.audit = audit;
    this.answers = answers;
    this.json = json;
  }

  public void list(Exchange exchange) throws Exception {
    answers.answer(exchange, 200, queues.deadLetters(SHOWN).stream().map(this::row).toList());
  }

  public void replay(@Body String body, @Header(ConsoleGate.USER) String user, Exchange exchange)
      throws Exception {
    JsonNode request;
    try {
      request = json.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (Exception e) {
      answers.answer(exchange, 400, Map.of("errors", List.of("send {\"id\": ...} or {}")));
      return;
    }
    String id = request.path("id").asText(null);
    List<BrokerQueues.DeadLetter> moved = queues.replay(id);
    if (id != null && moved.isEmpty()) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no dead letter " + id)));
      return;
    }
    for (BrokerQueues.DeadLetter letter : moved) {
      audit.record(
          user,
          "dead-letter-replay",
          letter.queue(),
          "message " + letter.id() + ": " + letter.body());
    }
    answers.answer(exchange, 200, Map.of("replayed", moved.stream().map(this::row).toList()));
  }

  private Map<String, Object> row(BrokerQueues.DeadLetter letter) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", letter.id());
    row.put("queue", letter.queue());
    row.put("body", letter.body());
    row.put("at", letter.at().toString());
    row.put("deliveries", letter.deliveries());
    return row;
  }
}
