package io.tradelane.shipping;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The 856 segments of each level, from the shipment model. */
final class AsnSegments {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
  private static final String CARTON_CORRUGATED = "CTN25";
  private static final String GROSS_WEIGHT = "G";
  private static final String ORIGIN_CARRIER = "B";
  private static final String SCAC = "2";
  private static final String SHIPPED = "011";
  private static final String SERIAL_SHIPPING_CONTAINER = "GM";
  private static final String CARRIER_PACKAGE_ID = "CP";

  private AsnSegments() {}

  static Segment bsn(Shipment shipment, AsnStructure structure) {
    return Segment.of(
        "BSN",
        "00",
        shipment.id(),
        shipment.shippedAt().format(CCYYMMDD),
        shipment.shippedAt().format(HHMM),
        structure.bsn05());
  }

  /** TD1, TD5, REF*BM, REF*CN, DTM*011 and, when given, the N1*ST all orders share. */
  static List<Segment> shipmentLevel(Shipment shipment, ShipToParty sharedShipTo) {
    List<Segment> s = new ArrayList<>();
    s.add(
        Segment.of(
            "TD1",
            CARTON_CORRUGATED,
            Integer.toString(shipment.cartonCount()),
            "",
            "",
            "",
            GROSS_WEIGHT,
            number(shipment.weight()),
            shipment.weightUnit()));
    s.add(td5(shipment));
    if (!shipment.billOfLading().isEmpty()) {
      s.add(Segment.of("REF", "BM", shipment.billOfLading()));
    }
    if (!shipment.proNumber().isEmpty()) {
      s.add(Segment.of("REF", "CN", shipment.proNumber()));
    }
    s.add(
        Segment.of(
            "DTM",
            SHIPPED,
            shipment.shippedAt().format(CCYYMMDD),
            shipment.shippedAt().format(HHMM)));
    if (sharedShipTo != null) {
      s.add(n1(sharedShipTo));
    }
    return s;
  }

  private static Segment td5(Shipment shipment) {
    if (shipment.serviceLevel().isEmpty()) {
      return Segment.of("TD5", ORIGIN_CARRIER, SCAC, shipment.carrierScac());
    }
    return Segment.of(
        "TD5",
        ORIGIN_CARRIER,
        SCAC,
        shipment.carrierScac(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        shipment.serviceLevel());
  }

  /** PRF with the PO number and date and, when the orders go to different places, N1*ST. */
  static List<Segment> orderLevel(ShippedOrder order, boolean withShipTo) {
    List<Segment> s = new ArrayList<>();
    s.add(
        order.poDate() == null
            ? Segment.of("PRF", order.poNumber())
            : Segment.of("PRF", order.poNumber(), "", "", date(order.poDate())));
    if (withShipTo) {
      s.add(n1(order.shipTo()));
    }
    return s;
  }

  private static Segment n1(ShipToParty shipTo) {
    return shipTo.id().isEmpty()
        ? Segment.of("N1", "ST", shipTo.name())
        : Segment.of("N1", "ST", shipTo.name(), shipTo.idQualifier(), shipTo.id());
  }

  /** MAN*GM with a pallet's or carton's SSCC. */
  static List<Segment> marks(String sscc) {
    return List.of(Segment.of("MAN", SERIAL_SHIPPING_CONTAINER, sscc));
  }

  /**
   * A carton's pack level: TD1 with its weight when known, MAN*GM with its SSCC and MAN*CP with the
   * carrier's tracking number when known.
   */
  static List<Segment> pack(Carton carton, String weightUnit) {
    List<Segment> s = new ArrayList<>();
    if (carton.weight() != null) {
      s.add(
          Segment.of(
              "TD1",
              CARTON_CORRUGATED,
              "1",
              "",
              "",
              "",
              GROSS_WEIGHT,
              number(carton.weight()),
              weightUnit));
    }
    s.addAll(marks(carton.sscc()));
    if (!carton.trackingNumber().isEmpty()) {
      s.add(Segment.of("MAN", CARRIER_PACKAGE_ID, carton.trackingNumber()));
    }
    return s;
  }

  /** LIN with the PO line and the item numbers given, and SN1 with the quantity shipped. */
  static List<Segment> item(PackedItem line, BigDecimal shipped) {
    List<String> lin = new ArrayList<>(List.of(line.poLine()));
    addId(lin, "IN", line.buyerItem());
    addId(lin, "UP", line.upc());
    addId(lin, "VN", line.vendorItem());
    Segment sn1 =
        line.ordered() == null
            ? Segment.of("SN1", "", number(shipped), line.unit())
            : Segment.of(
                "SN1", "", number(shipped), line.unit(), "", number(line.ordered()), line.unit());
    return List.of(new Segment("LIN", lin), sn1);
  }

  private static void addId(List<String> elements, String qualifier, String id) {
    if (!id.isEmpty()) {
      elements.add(qualifier);
      elements.add(id);
    }
  }

  /** CTT01 the number of HL segments, CTT02 the sum of the SN102 quantities. */
  static Segment ctt(List<Segment> body) {
    long levels = body.stream().filter(s -> s.tag().equals("HL")).count();
    BigDecimal units =
        body.stream()
            .filter(s -> s.tag().equals("SN1"))
            .map(s -> new BigDecimal(s.element(2)))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Segment.of("CTT", Long.toString(levels), number(units));
  }

  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String date(LocalDate date) {
    return date.format(CCYYMMDD);
  }
}
