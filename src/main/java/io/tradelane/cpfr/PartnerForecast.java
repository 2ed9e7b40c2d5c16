package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner's forecast as its 830 (Planning Schedule) gives it: weekly buckets per item and
 * location.
 *
 * @param reference BFR02 (or BFR03 when BFR02 is empty), the partner's schedule reference
 * @param purpose BFR01: 00 original, 05 replace
 * @param horizonStart BFR06
 * @param horizonEnd BFR07
 * @param issued BFR08, the date the partner made it
 */
public record PartnerForecast(
    String reference,
    String purpose,
    LocalDate horizonStart,
    LocalDate horizonEnd,
    LocalDate issued,
    List<Line> lines) {

  /**
   * One weekly bucket of one item at one location.
   *
   * @param buyerItem the partner's item number (LIN BP/IN), or null
   * @param upc the UPC (LIN UP), or null
   * @param location the partner's location (N104 of the N1*ST in the item's loop, or of the
   *     header's), or "" when the forecast names none
   * @param week the Monday of the bucket's week (FST04 moved back to its Monday)
   * @param kind FST02: C firm, D planning
   */
  public record Line(
      String buyerItem,
      String upc,
      String location,
      LocalDate week,
      BigDecimal quantity,
      String kind) {}
}
