package io.tradelane.cpfr;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the forecast of a validated 830 (its segments from ST to SE, 004010 or 005010) into a
 * {@link PartnerForecast}: each FST is one weekly bucket of the LIN before it, at the location of
 * the N1*ST in that item's loop, or else of the header's. Only weekly buckets (FST03 W) are taken:
 * a forecast in other buckets is refused as a whole, never half read.
 */
public final class ForecastMapper {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  public PartnerForecast map(List<Segment> segments) {
    Segment bfr = null;
    String headerLocation = "";
    String itemLocation = null;
    ItemIds item = null;
    List<PartnerForecast.Line> lines = new ArrayList<>();
    for (Segment s : segments) {
      switch (s.tag()) {
        case "BFR" -> bfr = s;
        case "N1" -> {
          if (s.element(1).equals("ST")) {
            if (item != null) {
              itemLocation = s.element(4);
            } else {
              headerLocation = s.element(4);
            }
          }
        }
        case "LIN" -> {
          item = ItemIds.of(s);
          itemLocation = null;
        }
        case "FST" -> {
          if (item == null) {
            throw new IllegalArgumentException("830 with an FST before any LIN");
          }
          if (!s.element(3).equals("W")) {
            throw new IllegalArgumentException(
                "830 FST03 '" + s.element(3) + "': only weekly buckets (W) are taken");
          }
          LocalDate day = LocalDate.parse(s.element(4), CCYYMMDD);
          lines.add(
              new PartnerForecast.Line(
                  item.buyerItem(),
                  item.upc(),
                  itemLocation != null ? itemLocation : headerLocation,
                  day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                  new BigDecimal(s.element(1)),
                  s.element(2)));
        }
        default -> {}
      }
    }
    if (bfr == null) {
      throw new IllegalArgumentException("830 without BFR");
    }
    return new PartnerForecast(
        bfr.element(2).isEmpty() ? bfr.element(3) : bfr.element(2),
        bfr.element(1),
        date(bfr.element(6)),
        date(bfr.element(7)),
        date(bfr.element(8)),
        lines);
  }

  private static LocalDate date(String value) {
    return value.isEmpty() ? null : LocalDate.parse(value, CCYYMMDD);
  }
}
