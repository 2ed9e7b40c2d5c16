package io.tradelane.order;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the 855 that answers an order (BAK, a PO1 and its ACKs per line, CTT), in the
 * partner's terms: the line's own id, quantities, unit and item numbers are echoed, our SKU added
 * as VN, and the price we confirm in PO104.
 */
public final class PoAckBuilder {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String SCHEDULED_SHIP = "068";

  private final AllocationPolicy policy;
  private final int shipLeadDays;
  private final int backorderLeadDays;

  public PoAckBuilder(AllocationPolicy policy, int shipLeadDays, int backorderLeadDays) {
    this.policy = policy;
    this.shipLeadDays = shipLeadDays;
    this.backorderLeadDays = backorderLeadDays;
  }

  /** The 855 segments between ST and SE. */
  public List<Segment> build(Order order, LocalDate today) {
    return build(order, today, "00");
  }

  /**
   * An 855 that replaces the one sent before (BAK01 05), telling the lines as they stand now, e.g.
   * after backordered quantities were allocated from a stock receipt.
   */
  public List<Segment> buildReplacement(Order order, LocalDate today) {
    return build(order, today, "05");
  }

  private List<Segment> build(Order order, LocalDate today, String purpose) {
    List<Segment> body = new ArrayList<>();
    body.add(
        Segment.of(
            "BAK",
            purpose,
            order.ackType(),
            order.poNumber(),
            date(order.poDate()),
            "",
            "",
            "",
            Long.toString(order.id()),
            date(today)));
    LocalDate shipDate = shipDate(order.requestedShipDate(), today);
    BigDecimal hashTotal = BigDecimal.ZERO;
    for (OrderLine line : order.lines()) {
      body.add(po1(line));
      body.addAll(acks(line, shipDate, today.plusDays(backorderLeadDays)));
      hashTotal = hashTotal.add(line.quantity());
    }
    body.add(Segment.of("CTT", Integer.toString(order.lines().size()), number(hashTotal)));
    return body;
  }

  private LocalDate shipDate(LocalDate requested, LocalDate today) {
    LocalDate earliest = today.plusDays(shipLeadDays);
    return requested != null && requested.isAfter(earliest) ? requested : earliest;
  }

  private Segment po1(OrderLine line) {
    List<String> e = new ArrayList<>();
    e.add(line.buyerLineId() == null ? Integer.toString(line.lineNo()) : line.buyerLineId());
    e.add(number(line.quantity()));
    e.add(line.unit());
    BigDecimal price = policy.confirmedPrice(line);
    e.add(price == null ? "" : number(price));
    e.add("");
    addId(e, "IN", line.buyerItem());
    addId(e, "UP", line.upc());
    addId(e, "VN", line.sku());
    return new Segment("PO1", e);
  }

  private static void addId(List<String> elements, String qualifier, String id) {
    if (id != null && !id.isEmpty()) {
      elements.add(qualifier);
      elements.add(id);
    }
  }

  private static List<Segment> acks(OrderLine line, LocalDate shipDate, LocalDate backorderDate) {
    String code = line.ackCode();
    List<Segment> acks = new ArrayList<>();
    if ("IR".equals(code)) {
      acks.add(Segment.of("ACK", code, number(line.ackQuantity()), line.unit()));
      return acks;
    }
    LocalDate date = "IB".equals(code) ? backorderDate : shipDate;
    acks.add(ack(code, line.ackQuantity(), line.unit(), date));
    if (!"IB".equals(code) && line.backordered().signum() > 0) {
      acks.add(ack("IB", line.backordered(), line.unit(), backorderDate));
    }
    return acks;
  }

  private static Segment ack(String code, BigDecimal quantity, String unit, LocalDate date) {
    return Segment.of("ACK", code, number(quantity), unit, SCHEDULED_SHIP, date(date));
  }

  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.format(CCYYMMDD);
  }
}
