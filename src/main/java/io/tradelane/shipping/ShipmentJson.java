package io.tradelane.shipping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.backoffice.Fields;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.backoffice.JsonInput;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipment confirmation posted as JSON (docs/shipment-confirmation.md): the header fields, then
 * {@code orders[]} each with {@code partner}, {@code poNumber} and {@code cartons[]}, each carton
 * with its {@code carton} reference, optional {@code pallet}, {@code weight} and {@code tracking},
 * and {@code lines[]} of {@code line} and {@code quantity}. Errors name the JSON path of the value.
 */
public final class ShipmentJson {

  private final ObjectMapper json;

  public ShipmentJson(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Reads one confirmation.
   *
   * @throws InputRejected listing every malformed or missing value
   */
  public ShipmentConfirmation read(String body) {
    JsonNode root = JsonInput.object(json, body);
    List<String> errors = new ArrayList<>();
    Fields fields = new Fields(errors);
    String shipmentId = fields.text(JsonInput.text(root, "shipmentId"), "shipmentId", 30);
    LocalDateTime shippedAt = fields.dateTime(JsonInput.text(root, "shipDate"), "shipDate");
    String carrier = fields.scac(JsonInput.text(root, "carrier"), "carrier");
    String service = fields.code(JsonInput.text(root, "service"), "service");
    String billOfLading = fields.reference(JsonInput.text(root, "billOfLading"), "billOfLading");
    String proNumber = fields.reference(JsonInput.text(root, "proNumber"), "proNumber");
    BigDecimal weight = fields.positive(JsonInput.text(root, "weight"), "weight");
    String weightUnit = fields.weightUnit(JsonInput.text(root, "weightUnit"), "weightUnit");
    List<ShipmentConfirmation.Packed> packed = new ArrayList<>();
    JsonNode orders = root.path("orders");
    if (!orders.isArray() || orders.isEmpty()) {
      errors.add("orders: must list at least one order");
    }
    for (int o = 0; o < orders.size(); o++) {
      String at = "orders[" + o + "]";
      JsonNode order = orders.get(o);
      String partner = fields.text(JsonInput.text(order, "partner"), at + ".partner", 64);
      String po = fields.text(JsonInput.text(order, "poNumber"), at + ".poNumber", 22);
      JsonNode cartons = order.path("cartons");
      if (!cartons.isArray() || cartons.isEmpty()) {
        errors.add(at + ".cartons: must list at least one carton");
      }
      for (int c = 0; c < cartons.size(); c++) {
        String cat = at + ".cartons[" + c + "]";
        JsonNode carton = cartons.get(c);
        String ref = fields.text(JsonInput.text(carton, "carton"), cat + ".carton", 30);
        String pallet = fields.reference(JsonInput.text(carton, "pallet"), cat + ".pallet");
        BigDecimal cartonWeight =
            JsonInput.text(carton, "weight") == null
                ? null
                : fields.positive(JsonInput.text(carton, "weight"), cat + ".weight");
        String tracking = fields.reference(JsonInput.text(carton, "tracking"), cat + ".tracking");
        JsonNode lines = carton.path("lines");
        if (!lines.isArray() || lines.isEmpty()) {
          errors.add(cat + ".lines: must list at least one order line");
        }
        for (int l = 0; l < lines.size(); l++) {
          String lat = cat + ".lines[" + l + "]";
          Integer line = fields.lineNumber(JsonInput.text(lines.get(l), "line"), lat + ".line");
          BigDecimal quantity =
              fields.positive(JsonInput.text(lines.get(l), "quantity"), lat + ".quantity");
          if (partner != null && po != null && ref != null && line != null && quantity != null) {
            packed.add(
                new ShipmentConfirmation.Packed(
                    partner, po, line, ref, pallet, quantity, cartonWeight, tracking, lat));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    return new ShipmentConfirmation(
        shipmentId,
        shippedAt,
        carrier,
        service,
        billOfLading,
        proNumber,
        weight,
        weightUnit,
        packed,
        "body");
  }
}
