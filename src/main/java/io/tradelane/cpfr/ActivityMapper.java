package io.tradelane.cpfr;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the sales and stock of a validated 852 (004010 or 005010) into a {@link ProductActivity}:
 * each ZA with activity QA (sold) or QS (on hand) of the LIN before it, either with its quantity in
 * ZA02 for the location of the header's N1 (RL or ST), or split per store by the SDQs that follow
 * it (SDQ03/04, 05/06, ... pairs of location and quantity). Other activities are skipped.
 */
public final class ActivityMapper {

  /** The activities taken: units sold and units on hand. */
  public static final Set<String> TAKEN = Set.of("QA", "QS");

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  public ProductActivity map(List<Segment> segments) {
    Segment xq = null;
    String headerLocation = "";
    ItemIds item = ItemIds.NONE;
    String activity = null;
    List<ProductActivity.Line> lines = new ArrayList<>();
    for (Segment s : segments) {
      switch (s.tag()) {
        case "XQ" -> xq = s;
        case "N1" -> {
          if (s.element(1).equals("RL") || s.element(1).equals("ST")) {
            headerLocation = s.element(4);
          }
        }
        case "LIN" -> {
          item = ItemIds.of(s);
          activity = null;
        }
        case "ZA" -> {
          activity = TAKEN.contains(s.element(1)) ? s.element(1) : null;
          if (activity != null && !s.element(2).isEmpty()) {
            lines.add(
                new ProductActivity.Line(
                    item.buyerItem(),
                    item.upc(),
                    headerLocation,
                    activity,
                    new BigDecimal(s.element(2))));
          }
        }
        case "SDQ" -> {
          if (activity != null) {
            for (int i = 3; i + 1 <= s.elements().size(); i += 2) {
              if (!s.element(i).isEmpty()) {
                lines.add(
                    new ProductActivity.Line(
                        item.buyerItem(),
                        item.upc(),
                        s.element(i),
                        activity,
                        new BigDecimal(s.element(i + 1))));
              }
            }
          }
        }
        default -> {}
      }
    }
    if (xq == null) {
      throw new IllegalArgumentException("852 without XQ");
    }
    LocalDate start = LocalDate.parse(xq.element(2), CCYYMMDD);
    LocalDate end = xq.element(3).isEmpty() ? start : LocalDate.parse(xq.element(3), CCYYMMDD);
    return new ProductActivity(start, end, lines);
  }
}
