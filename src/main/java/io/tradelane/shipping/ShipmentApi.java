package io.tradelane.shipping;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.exchange.Dispatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code POST /api/shipments}: a JSON shipment confirmation is applied and answered with 201 and
 * its SSCCs, or 200 when the same shipment was confirmed before (a refused one: {@link
 * ApiAnswers#rejected}). The follow-up work (the 856 to deliver, the invoice) is returned for the
 * route to hand on.
 */
public final class ShipmentApi {

  private final ShipmentJson reader;
  private final ShipmentConfirmations confirmations;
  private final ApiAnswers answers;

  public ShipmentApi(ShipmentJson reader, ShipmentConfirmations confirmations, ApiAnswers answers) {
    this.reader = reader;
    this.confirmations = confirmations;
    this.answers = answers;
  }

  /** Applies the posted confirmation; returns the follow-ups. */
  public List<Dispatch> confirm(String body, Exchange exchange) throws JsonProcessingException {
    ShipmentConfirmations.Outcome outcome =
        confirmations.confirm(List.of(reader.read(body)), "api");
    ShipmentConfirmations.Confirmed shipment = outcome.shipments().get(0);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("shipmentId", shipment.shipmentId());
    answer.put("status", shipment.before() ? "confirmed before" : "confirmed");
    answer.put("ssccs", shipment.ssccs());
    answers.answer(exchange, shipment.before() ? 200 : 201, answer);
    return outcome.followUps();
  }
}
