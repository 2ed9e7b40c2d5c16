package io.tradelane.order;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the business content of a validated 850 (its segments from ST to SE) into a {@link
 * PurchaseOrder}. Syntax has been checked against the 850 definition before this runs.
 */
public final class PurchaseOrderMapper {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  public PurchaseOrder map(List<Segment> segments) {
    Map<String, LocalDate> dates = new HashMap<>();
    List<PurchaseOrder.Line> lines = new ArrayList<>();
    Segment beg = null;
    String currency = null;
    ShipToBuilder shipTo = null;
    boolean inShipTo = false;
    for (Segment s : segments) {
      switch (s.tag()) {
        case "BEG" -> beg = s;
        case "CUR" -> currency = emptyToNull(s.element(2));
        case "DTM" -> dates.putIfAbsent(s.element(1), date(s.element(2)));
        case "N1" -> {
          inShipTo = "ST".equals(s.element(1)) && shipTo == null;
          if (inShipTo) {
            shipTo = new ShipToBuilder(s);
          }
        }
        case "N3" -> {
          if (inShipTo) shipTo.address(s);
        }
        case "N4" -> {
          if (inShipTo) shipTo.place(s);
        }
        case "PO1" -> {
          inShipTo = false;
          lines.add(line(s));
        }
        default -> {}
      }
    }
    if (beg == null) {
      throw new IllegalArgumentException("850 without BEG");
    }
    LocalDate shipDate = dates.getOrDefault("010", dates.getOrDefault("037", dates.get("002")));
    return new PurchaseOrder(
        beg.element(3),
        date(beg.element(5)),
        beg.element(1),
        beg.element(2),
        currency,
        shipDate,
        shipTo == null ? null : shipTo.build(),
        lines);
  }

  private static PurchaseOrder.Line line(Segment po1) {
    String buyerItem = null;
    String upc = null;
    for (int i = 6; i < po1.elements().size(); i += 2) {
      String qualifier = po1.element(i);
      String id = emptyToNull(po1.element(i + 1));
      if ("IN".equals(qualifier) && buyerItem == null) {
        buyerItem = id;
      } else if ("UP".equals(qualifier) && upc == null) {
        upc = id;
      }
    }
    return new PurchaseOrder.Line(
        emptyToNull(po1.element(1)),
        new BigDecimal(po1.element(2)),
        po1.element(3),
        po1.element(4).isEmpty() ? null : new BigDecimal(po1.element(4)),
        buyerItem,
        upc);
  }

  private static LocalDate date(String text) {
    return text.length() == 8 ? LocalDate.parse(text, CCYYMMDD) : null;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static final class ShipToBuilder {
    private final Segment n1;
    private String address;
    private Segment n4;

    ShipToBuilder(Segment n1) {
      this.n1 = n1;
    }

    void address(Segment n3) {
      String second = n3.element(2);
      address = second.isEmpty() ? n3.element(1) : n3.element(1) + ", " + second;
    }

    void place(Segment n4) {
      this.n4 = n4;
    }

    ShipTo build() {
      Segment place = n4 == null ? Segment.of("N4") : n4;
      return new ShipTo(
          emptyToNull(n1.element(2)),
          emptyToNull(n1.element(3)),
          emptyToNull(n1.element(4)),
          address,
          emptyToNull(place.element(1)),
          emptyToNull(place.element(2)),
          emptyToNull(place.element(3)),
          emptyToNull(place.element(4)));
    }
  }
}
