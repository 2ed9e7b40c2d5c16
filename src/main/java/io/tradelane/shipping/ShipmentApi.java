package io.tradelane.shipping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code POST /api/shipments}: a JSON shipment confirmation is applied and answered with 201 and
 * its SSCCs, or 200 when the same shipment was confirmed before; a refused one with 400 and every
 * error. The follow-up work (the 856 to deliver, the invoice) is left as the body for the route to
 * hand on, the answer in the exchange property {@value #RESPONSE}.
 */
public final class ShipmentApi {

  /** Exchange property holding the JSON answer until the follow-ups are handed on. */
  public static final String RESPONSE = "TradelaneResponse";

  private final ShipmentJson reader;
  private final ShipmentConfirmations confirmations;
  private final HubEvents events;
  private final ObjectMapper json;

  public ShipmentApi(
      ShipmentJson reader,
      ShipmentConfirmations confirmations,
      HubEvents events,
      ObjectMapper json) {
    this.reader = reader;
    this.confirmations = confirmations;
    this.events = events;
    this.json = json;
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
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, shipment.before() ? 200 : 201);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    exchange.setProperty(RESPONSE, json.writeValueAsString(answer));
    return outcome.followUps();
  }

  /** The answer to a refused confirmation: 400 with every error. */
  public String rejected(Exchange exchange) throws JsonProcessingException {
    ShipmentRejected rejected =
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ShipmentRejected.class);
    events.record(
        HubEvents.Severity.WARN,
        "shipment-api-rejected",
        null,
        "POST /api/shipments",
        "shipment confirmation refused (400), nothing applied: " + rejected.getMessage());
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    return json.writeValueAsString(Map.of("errors", rejected.errors()));
  }
}
