package io.tradelane.backoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.HubEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * The answers of the {@code /api/*} endpoints: a JSON body with its status, kept in the exchange
 * property {@value #RESPONSE} while the route hands the follow-up work on; a refused request is
 * answered 400 with every error, and recorded as an event the admin sees.
 */
public final class ApiAnswers {

  /** Exchange property holding the JSON answer until the follow-ups are handed on. */
  public static final String RESPONSE = "TradelaneResponse";

  private final HubEvents events;
  private final ObjectMapper json;

  public ApiAnswers(HubEvents events, ObjectMapper json) {
    this.events = events;
    this.json = json;
  }

  /**
   * A database row as a JSON object: its column names in lower case (H2 answers them in upper case,
   * PostgreSQL in lower case), in the order of the select.
   */
  public static Map<String, Object> columns(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  /** Database rows as JSON objects ({@link #columns(Map)}). */
  public static List<Map<String, Object>> columns(List<Map<String, Object>> rows) {
    return rows.stream().map(ApiAnswers::columns).toList();
  }

  /** Sets the answer: this status and this object as JSON. */
  public void answer(Exchange exchange, int status, Object body) throws JsonProcessingException {
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    exchange.setProperty(RESPONSE, json.writeValueAsString(body));
  }

  /** The answer to a refused request: 400 with every error. */
  public String rejected(Exchange exchange) throws JsonProcessingException {
    InputRejected rejected = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InputRejected.class);
    String endpoint = exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class);
    events.record(
        HubEvents.Severity.WARN,
        "api-rejected",
        null,
        "POST " + endpoint,
        "refused (400), nothing applied: " + rejected.getMessage());
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    return json.writeValueAsString(Map.of("errors", rejected.errors()));
  }
}
