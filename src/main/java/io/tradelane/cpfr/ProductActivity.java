package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a partner's 852 (Product Activity Data) reports: per item and location, units sold ({@code
 * QA}) and units on hand ({@code QS}) for the reporting period.
 *
 * @param periodStart XQ02, the first day reported
 * @param periodEnd XQ03, the last day reported (or the first when XQ03 is empty)
 */
public record ProductActivity(LocalDate periodStart, LocalDate periodEnd, List<Line> lines) {

  /**
   * One activity of one item at one location.
   *
   * @param location the store (SDQ location, or the header's N1 RL/ST N104)
   * @param activity ZA01: {@code QA} sold, {@code QS} on hand (other activities are skipped)
   */
  public record Line(
      String buyerItem, String upc, String location, String activity, BigDecimal quantity) {}
}
