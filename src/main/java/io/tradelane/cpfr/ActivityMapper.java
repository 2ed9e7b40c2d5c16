package io.tradelane.cpfr;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a validated 852 (004010 or 005010) segment by segment, so that one of any size takes no
 * more memory than one segment: each ZA with activity QA (sold) or QS (on hand) of the LIN before
 * it becomes a {@link ProductActivity.Line}, either with its quantity in ZA02 for the location of
 * the header's N1 (RL or ST), or one per store of the SDQs that follow it (SDQ03/04, 05/06, ...
 * pairs of location and quantity). Other activities are skipped.
 */
public final class ActivityMapper {

  /** The activities taken: units sold and units on hand. */
  public static final Set<String> TAKEN = Set.of("QA", "QS");

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final Consumer<ProductActivity.Line> lines;
  private String headerLocation = "";
  private ItemIds item = ItemIds.NONE;
  private String activity;

  /** A mapper handing each line to {@code lines} as soon as it is read. */
  public ActivityMapper(Consumer<ProductActivity.Line> lines) {
    this.lines = lines;
  }

  /**
   * The reporting period of an 852, from its XQ among its first segments.
   *
   * @throws IllegalArgumentException when there is no XQ or its dates are not dates
   */
  public static ProductActivity period(List<Segment> firstSegments) {
    for (Segment s : firstSegments) {
      if (s.tag().equals("XQ")) {
        LocalDate start = LocalDate.parse(s.element(2), CCYYMMDD);
        LocalDate end = s.element(3).isEmpty() ? start : LocalDate.parse(s.element(3), CCYYMMDD);
        return new ProductActivity(start, end);
      }
    }
    throw new IllegalArgumentException("852 without XQ");
  }

  /** The next segment of the set. */
  public void segment(Segment s) {
    switch (s.tag()) {
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
          line(headerLocation, s.element(2));
        }
      }
      case "SDQ" -> {
        if (activity != null) {
          for (int i = 3; i + 1 <= s.elements().size(); i += 2) {
            if (!s.element(i).isEmpty()) {
              line(s.element(i), s.element(i + 1));
            }
          }
        }
      }
      default -> {}
    }
  }

  private void line(String location, String quantity) {
    lines.accept(
        new ProductActivity.Line(
            item.buyerItem(), item.upc(), location, activity, new BigDecimal(quantity)));
  }
}
