package io.tradelane.order;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the business content of a validated 860 (its segments from ST to SE) into a {@link
 * ChangeOrder}. Syntax has been checked against the 860 definition before this runs.
 */
public final class ChangeOrderMapper {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  public ChangeOrder map(List<Segment> segments) {
    Segment bch = null;
    List<ChangeOrder.LineChange> lines = new ArrayList<>();
    for (Segment s : segments) {
      switch (s.tag()) {
        case "BCH" -> bch = s;
        case "POC" -> lines.add(line(s));
        default -> {}
      }
    }
    if (bch == null) {
      throw new IllegalArgumentException("860 without BCH");
    }
    return new ChangeOrder(
        bch.element(3),
        bch.element(6).isEmpty() ? null : LocalDate.parse(bch.element(6), CCYYMMDD),
        bch.element(1),
        bch.element(5),
        lines);
  }

  private static ChangeOrder.LineChange line(Segment poc) {
    String buyerItem = null;
    String upc = null;
    for (int i = 8; i + 1 <= poc.elements().size(); i += 2) {
      String qualifier = poc.element(i);
      String id = poc.element(i + 1);
      if (qualifier.equals("IN") || qualifier.equals("BP")) {
        buyerItem = id;
      } else if (qualifier.equals("UP")) {
        upc = id;
      }
    }
    return new ChangeOrder.LineChange(
        poc.element(1),
        poc.element(2),
        decimal(poc.element(3)),
        poc.element(5).isEmpty() ? null : poc.element(5),
        decimal(poc.element(6)),
        buyerItem,
        upc);
  }

  private static BigDecimal decimal(String value) {
    return value.isEmpty() ? null : new BigDecimal(value);
  }
}
