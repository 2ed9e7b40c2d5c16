package io.tradelane.admin;

import io.tradelane.ack.AckStatus;
import io.tradelane.partner.PartnerProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One partner's scorecard over the orders it sent in a period: the measures retailers judge their
 * suppliers by, each a {@link Ratio}.
 *
 * @param orders POs received in the period
 * @param poAckOnTime POs whose 855 was delivered within {@link #PO_ACK_WINDOW} of the 850's
 *     receipt, of the POs whose 855 was delivered or is due (one without an 855 past the window is
 *     late; one still within it is pending and not counted)
 * @param poAckPending POs still within the window without a delivered 855
 * @param asnOnTime shipments whose 856 was delivered within the partner's {@link AsnWindow} of the
 *     confirmation, of those delivered or due (pending likewise)
 * @param asnPending shipments still within the window without a delivered 856
 * @param documentsAccepted documents sent for the orders (855, 865, 856, 810) the partner
 *     acknowledged as accepted, of those it acknowledged (accepted, with errors, rejected)
 * @param fillRate units shipped (per line at most the units wanted) of units wanted, over the lines
 *     of orders that shipped or whose requested ship date has passed
 * @param onTime shipped orders whose last shipment left on or before the requested ship date, of
 *     the shipped orders
 * @param undated shipped orders without a requested ship date (counted as on time)
 * @param inFull shipped orders whose every line shipped what was wanted, of the shipped orders
 * @param perfectOrders shipped orders on time, in full, none of their documents acknowledged in
 *     error, of the shipped orders
 */
record PartnerScore(
    PartnerProfile partner,
    Duration asnWindow,
    int orders,
    Ratio poAckOnTime,
    int poAckPending,
    Ratio asnOnTime,
    int asnPending,
    Ratio documentsAccepted,
    Ratio fillRate,
    Ratio onTime,
    int undated,
    Ratio inFull,
    Ratio perfectOrders) {

  /** How long after an 850's receipt its 855 must have reached the partner. */
  static final Duration PO_ACK_WINDOW = Duration.ofHours(24);

  static final String FORMULA = "onTime x inFull x damageFree x documentsAccepted";

  static final String NOT_REPORTED = "not reported to the hub";

  /** How a document or an answer stands against its deadline. */
  private enum Timeliness {
    ON_TIME,
    LATE,
    PENDING
  }

  /** Scores a partner: its orders, shipments and acknowledged documents of the period. */
  static PartnerScore of(
      PartnerProfile partner,
      List<OrderFacts> orders,
      List<ShipmentFacts> shipments,
      List<ScorecardQueries.Acknowledged> acknowledged,
      Instant now,
      ZoneId zone) {
    Duration window = AsnWindow.of(partner);
    int[] ack = new int[Timeliness.values().length];
    orders.forEach(
        o -> ack[timeliness(o.receivedAt(), o.ackDeliveredAt(), PO_ACK_WINDOW, now).ordinal()]++);
    int[] asn = new int[Timeliness.values().length];
    shipments.forEach(
        s -> asn[timeliness(s.confirmedAt(), s.asnDeliveredAt(), window, now).ordinal()]++);
    long documents =
        acknowledged.stream().map(ScorecardQueries.Acknowledged::documentId).distinct().count();
    long accepted =
        acknowledged.stream()
            .filter(a -> a.status() == AckStatus.ACCEPTED)
            .map(ScorecardQueries.Acknowledged::documentId)
            .distinct()
            .count();
    LocalDate today = LocalDate.ofInstant(now, zone);
    BigDecimal filled = BigDecimal.ZERO;
    BigDecimal wanted = BigDecimal.ZERO;
    for (OrderFacts o : orders) {
      if (o.due(today)) {
        filled = filled.add(o.filled());
        wanted = wanted.add(o.ordered());
      }
    }
    List<OrderFacts> shipped = orders.stream().filter(OrderFacts::shipped).toList();
    return new PartnerScore(
        partner,
        window,
        orders.size(),
        share(ack),
        ack[Timeliness.PENDING.ordinal()],
        share(asn),
        asn[Timeliness.PENDING.ordinal()],
        Ratio.of(accepted, documents),
        new Ratio(filled, wanted),
        Ratio.of(shipped.stream().filter(OrderFacts::onTime).count(), shipped.size()),
        (int) shipped.stream().filter(o -> o.requestedShipDate() == null).count(),
        Ratio.of(shipped.stream().filter(OrderFacts::inFull).count(), shipped.size()),
        Ratio.of(shipped.stream().filter(OrderFacts::perfect).count(), shipped.size()));
  }

  /** Delivered within the window after {@code start}; or late; or, before the end, pending. */
  private static Timeliness timeliness(
      Instant start, Instant delivered, Duration window, Instant now) {
    Instant deadline = start.plus(window);
    if (delivered != null) {
      return delivered.isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
    return now.isAfter(deadline) ? Timeliness.LATE : Timeliness.PENDING;
  }

  private static Ratio share(int[] counts) {
    int onTime = counts[Timeliness.ON_TIME.ordinal()];
    return Ratio.of(onTime, onTime + counts[Timeliness.LATE.ordinal()]);
  }

  /**
   * The perfect order rate by the industry formula, damage-free taken as 1 (the hub has no damage
   * data); null when one of the other three has no data.
   */
  Ratio perfectOrder() {
    return onTime.times(inFull).times(documentsAccepted);
  }

  /** As the console answers it. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("partner", partner.id());
    json.put("name", partner.name());
    json.put("orders", orders);
    json.put("poAckOnTime", with(poAckOnTime.json(), "pending", poAckPending));
    Map<String, Object> asn = with(asnOnTime.json(), "pending", asnPending);
    json.put("asnOnTime", with(asn, "window", asnWindow.toString()));
    json.put("documentsAccepted", documentsAccepted.json());
    json.put("fillRate", fillRate.json());
    json.put(
        "onTime",
        with(
            onTime.json(),
            "note",
            undated == 0
                ? null
                : undated
                    + " of the shipped orders named no requested ship date: counted as on"
                    + " time"));
    json.put("inFull", inFull.json());
    Map<String, Object> damageFree = new LinkedHashMap<>();
    damageFree.put("numerator", null);
    damageFree.put("denominator", null);
    damageFree.put("rate", null);
    damageFree.put("note", NOT_REPORTED);
    json.put("damageFree", damageFree);
    Map<String, Object> perfect = new LinkedHashMap<>();
    perfect.put("rate", perfectOrder().rate());
    perfect.put("formula", FORMULA);
    perfect.put("note", "damageFree is " + NOT_REPORTED + " and is taken as 1.0");
    perfect.put("perfectOrders", perfectOrders.json());
    json.put("perfectOrder", perfect);
    return json;
  }

  private static Map<String, Object> with(Map<String, Object> json, String key, Object value) {
    json.put(key, value);
    return json;
  }
}
