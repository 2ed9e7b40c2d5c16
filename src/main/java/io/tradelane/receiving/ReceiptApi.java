package io.tradelane.receiving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code POST /api/receipts}: a JSON stock receipt is applied and answered with 201 and the number
 * of orders whose backorders it served, or 200 when received before; a refused one with 400 and
 * every error. The follow-ups are left as the body for the route to hand on, the answer in the
 * exchange property {@value #RESPONSE}.
 */
public final class ReceiptApi {

  /** Exchange property holding the JSON answer until the follow-ups are handed on. */
  public static final String RESPONSE = "TradelaneResponse";

  private final ReceiptJson reader;
  private final StockReceipts receipts;
  private final HubEvents events;
  private final ObjectMapper json;

  public ReceiptApi(
      ReceiptJson reader, StockReceipts receipts, HubEvents events, ObjectMapper json) {
    this.reader = reader;
    this.receipts = receipts;
    this.events = events;
    this.json = json;
  }

  /** Applies the posted receipt; returns the follow-ups. */
  public List<Dispatch> receive(String body, Exchange exchange) throws JsonProcessingException {
    StockReceipts.Outcome outcome = receipts.receive(List.of(reader.read(body)), "api");
    StockReceipts.Received receipt = outcome.receipts().get(0);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("receiptId", receipt.receiptId());
    answer.put("status", receipt.before() ? "received before" : "received");
    answer.put("backordersServed", receipt.ordersServed().size());
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, receipt.before() ? 200 : 201);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    exchange.setProperty(RESPONSE, json.writeValueAsString(answer));
    return outcome.followUps();
  }

  /** The answer to a refused receipt: 400 with every error. */
  public String rejected(Exchange exchange) throws JsonProcessingException {
    ReceiptRejected rejected =
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ReceiptRejected.class);
    events.record(
        HubEvents.Severity.WARN,
        "receipt-api-rejected",
        null,
        "POST /api/receipts",
        "stock receipt refused (400), nothing applied: " + rejected.getMessage());
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    return json.writeValueAsString(Map.of("errors", rejected.errors()));
  }
}
