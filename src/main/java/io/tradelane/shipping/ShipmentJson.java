package io.tradelane.shipping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
   * @throws ShipmentRejected listing every malformed or missing value
   */
  public ShipmentConfirmation read(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ShipmentRejected(List.of("body: not JSON (" + e.getOriginalMessage() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new ShipmentRejected(List.of("body: must be a JSON object"));
    }
    List<String> errors = new ArrayList<>();
    ShipmentFields fields = new ShipmentFields(errors);
    String shipmentId = fields.text(text(root, "shipmentId"), "shipmentId", 30);
    LocalDateTime shippedAt = fields.dateTime(text(root, "shipDate"), "shipDate");
    String carrier = fields.scac(text(root, "carrier"), "carrier");
    String service = fields.code(text(root, "service"), "service");
    String billOfLading = fields.reference(text(root, "billOfLading"), "billOfLading");
    String proNumber = fields.reference(text(root, "proNumber"), "proNumber");
    BigDecimal weight = fields.positive(text(root, "weight"), "weight");
    String weightUnit = fields.weightUnit(text(root, "weightUnit"), "weightUnit");
    List<ShipmentConfirmation.Packed> packed = new ArrayList<>();
    JsonNode orders = root.path("orders");
    if (!orders.isArray() || orders.isEmpty()) {
      errors.add("orders: must list at least one order");
    }
    for (int o = 0; o < orders.size(); o++) {
      String at = "orders[" + o + "]";
      JsonNode order = orders.get(o);
      String partner = fields.text(text(order, "partner"), at + ".partner", 64);
      String po = fields.text(text(order, "poNumber"), at + ".poNumber", 22);
      JsonNode cartons = order.path("cartons");
      if (!cartons.isArray() || cartons.isEmpty()) {
        errors.add(at + ".cartons: must list at least one carton");
      }
      for (int c = 0; c < cartons.size(); c++) {
        String cat = at + ".cartons[" + c + "]";
        JsonNode carton = cartons.get(c);
        String ref = fields.text(text(carton, "carton"), cat + ".carton", 30);
        String pallet = fields.reference(text(carton, "pallet"), cat + ".pallet");
        BigDecimal cartonWeight =
            text(carton, "weight") == null
                ? null
                : fields.positive(text(carton, "weight"), cat + ".weight");
        String tracking = fields.reference(text(carton, "tracking"), cat + ".tracking");
        JsonNode lines = carton.path("lines");
        if (!lines.isArray() || lines.isEmpty()) {
          errors.add(cat + ".lines: must list at least one order line");
        }
        for (int l = 0; l < lines.size(); l++) {
          String lat = cat + ".lines[" + l + "]";
          Integer line = fields.lineNumber(text(lines.get(l), "line"), lat + ".line");
          BigDecimal quantity = fields.positive(text(lines.get(l), "quantity"), lat + ".quantity");
          if (partner != null && po != null && ref != null && line != null && quantity != null) {
            packed.add(
                new ShipmentConfirmation.Packed(
                    partner, po, line, ref, pallet, quantity, cartonWeight, tracking, lat));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ShipmentRejected(errors);
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

  /** A member's value as text: null when absent or null, numbers as written. */
  private static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
