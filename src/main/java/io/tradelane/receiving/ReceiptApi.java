package io.tradelane.receiving;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.exchange.Dispatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code POST /api/receipts}: a JSON stock receipt is applied and answered with 201 and the number
 * of orders whose backorders it served, or 200 when received before (a refused one: {@link
 * ApiAnswers#rejected}). The follow-ups (replacement 855s) are returned for the route to hand on.
 */
public final class ReceiptApi {

  private final ReceiptJson reader;
  private final StockReceipts receipts;
  private final ApiAnswers answers;

  public ReceiptApi(ReceiptJson reader, StockReceipts receipts, ApiAnswers answers) {
    this.reader = reader;
    this.receipts = receipts;
    this.answers = answers;
  }

  /** Applies the posted receipt; returns the follow-ups. */
  public List<Dispatch> receive(String body, Exchange exchange) throws JsonProcessingException {
    StockReceipts.Outcome outcome = receipts.receive(List.of(reader.read(body)), "api");
    StockReceipts.Received receipt = outcome.receipts().get(0);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("receiptId", receipt.receiptId());
    answer.put("status", receipt.before() ? "received before" : "received");
    answer.put("backordersServed", receipt.ordersServed().size());
    answers.answer(exchange, receipt.before() ? 200 : 201, answer);
    return outcome.followUps();
  }
}
