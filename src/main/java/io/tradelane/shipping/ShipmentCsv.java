package io.tradelane.shipping;

import io.tradelane.backoffice.Fields;
import io.tradelane.backoffice.InputRejected;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shipments of a warehouse CSV file: one row per order line in a carton, the shipment's header
 * repeated on each of its rows (and the same on each), rows of several shipments in one file
 * allowed. Errors name the row (the header line is row 1) and the field.
 */
public final class ShipmentCsv {

  private ShipmentCsv() {}

  /**
   * The confirmations in these rows, in the order their shipments first appear.
   *
   * @param headerLines how many lines come before the first row (the mapping's skipLines)
   * @throws InputRejected listing every malformed or missing value and every header that differs
   *     between rows of one shipment
   */
  public static List<ShipmentConfirmation> confirmations(
      List<ShipmentCsvRow> rows, int headerLines) {
    List<String> errors = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      throw new InputRejected(List.of("file: no shipment rows"));
    }
    Fields fields = new Fields(errors);
    Map<String, Header> headers = new LinkedHashMap<>();
    Map<String, List<ShipmentConfirmation.Packed>> packed = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ShipmentCsvRow row = rows.get(i);
      String at = "row " + (i + 1 + headerLines);
      String id = fields.text(row.getShipmentId(), at + ", field shipment_id", 30);
      Header header =
          new Header(
              fields.dateTime(row.getShipDate(), at + ", field ship_date"),
              fields.scac(row.getCarrier(), at + ", field carrier"),
              fields.code(row.getService(), at + ", field service"),
              fields.reference(row.getBillOfLading(), at + ", field bill_of_lading"),
              fields.reference(row.getProNumber(), at + ", field pro_number"),
              fields.positive(row.getWeight(), at + ", field weight"),
              fields.weightUnit(row.getWeightUnit(), at + ", field weight_unit"),
              at);
      String partner = fields.text(row.getPartner(), at + ", field partner", 64);
      String po = fields.text(row.getPoNumber(), at + ", field po_number", 22);
      String pallet = fields.reference(row.getPallet(), at + ", field pallet");
      String carton = fields.text(row.getCarton(), at + ", field carton", 30);
      Integer line = fields.lineNumber(row.getLine(), at + ", field line");
      BigDecimal quantity = fields.positive(row.getQuantity(), at + ", field quantity");
      BigDecimal cartonWeight =
          blank(row.getCartonWeight())
              ? null
              : fields.positive(row.getCartonWeight(), at + ", field carton_weight");
      String tracking = fields.reference(row.getTracking(), at + ", field tracking");
      if (id == null) {
        continue;
      }
      Header first = headers.putIfAbsent(id, header);
      if (first != null) {
        first.differences(header).forEach(errors::add);
      }
      if (partner != null && po != null && carton != null && line != null && quantity != null) {
        packed
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(
                new ShipmentConfirmation.Packed(
                    partner, po, line, carton, pallet, quantity, cartonWeight, tracking, at));
      }
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    List<ShipmentConfirmation> confirmations = new ArrayList<>();
    headers.forEach(
        (id, h) ->
            confirmations.add(
                new ShipmentConfirmation(
                    id,
                    h.shippedAt(),
                    h.carrier(),
                    h.service(),
                    h.billOfLading(),
                    h.proNumber(),
                    h.weight(),
                    h.weightUnit(),
                    packed.get(id),
                    h.origin())));
    return confirmations;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The shipment fields every row of a shipment repeats. */
  private record Header(
      LocalDateTime shippedAt,
      String carrier,
      String service,
      String billOfLading,
      String proNumber,
      BigDecimal weight,
      String weightUnit,
      String origin) {

    /** Where another row of the same shipment gives another header value. */
    List<String> differences(Header other) {
      List<String> found = new ArrayList<>();
      differ(found, other, "ship_date", shippedAt, other.shippedAt);
      differ(found, other, "carrier", carrier, other.carrier);
      differ(found, other, "service", service, other.service);
      differ(found, other, "bill_of_lading", billOfLading, other.billOfLading);
      differ(found, other, "pro_number", proNumber, other.proNumber);
      differ(
          found,
          other,
          "weight",
          weight == null ? null : weight.stripTrailingZeros(),
          other.weight == null ? null : other.weight.stripTrailingZeros());
      differ(found, other, "weight_unit", weightUnit, other.weightUnit);
      return found;
    }

    /** Compares values both rows gave well (a malformed one has its own error already). */
    private void differ(List<String> found, Header other, String field, Object a, Object b) {
      if (a != null && b != null && !Objects.equals(a, b)) {
        found.add(
            other.origin
                + ", field "
                + field
                + ": '"
                + b
                + "' differs from "
                + origin
                + " of the same shipment ('"
                + a
                + "')");
      }
    }
  }
}
