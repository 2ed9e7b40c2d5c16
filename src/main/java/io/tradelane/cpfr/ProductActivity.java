package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What translation reads of a partner's 852 (Product Activity Data): its reporting period. Its
 * lines, per item and location units sold ({@code QA}) and on hand ({@code QS}), can be millions,
 * so the CPFR stage streams them from the received file ({@link ActivityMapper}).
 *
 * @param periodStart XQ02, the first day reported
 * @param periodEnd XQ03, the last day reported (or the first when XQ03 is empty)
 */
public record ProductActivity(LocalDate periodStart, LocalDate periodEnd) {

  /**
   * One activity of one item at one location.
   *
   * @param location the store (SDQ location, or the header's N1 RL/ST N104)
   * @param activity ZA01: {@code QA} sold, {@code QS} on hand (other activities are skipped)
   */
  public record Line(
      String buyerItem, String upc, String location, String activity, BigDecimal quantity) {}
}
