package io.tradelane.billing;

import io.tradelane.shipping.ShipToParty;
import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the 810 (BIG to CTT): BIG, REF*BM, N1*ST, ITD, DTM*011, an IT1 per line, TDS (the
 * total in cents), TXI, SAC for freight, CTT (lines and the sum of their quantities).
 */
public final class InvoiceBuilder {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  /** The 810 segments between ST and SE. */
  public List<Segment> build(Invoice invoice) {
    List<Segment> body = new ArrayList<>();
    body.add(
        Segment.of(
            "BIG",
            date(invoice.date()),
            invoice.number(),
            date(invoice.poDate()),
            invoice.poNumber()));
    if (invoice.billOfLading() != null && !invoice.billOfLading().isEmpty()) {
      body.add(Segment.of("REF", "BM", invoice.billOfLading()));
    }
    if (invoice.shipTo() != null) {
      body.add(n1(invoice.shipTo()));
    }
    body.add(itd(invoice.settings()));
    if (invoice.shipDate() != null) {
      body.add(Segment.of("DTM", "011", date(invoice.shipDate())));
    }
    BigDecimal quantities = BigDecimal.ZERO;
    for (Invoice.Line line : invoice.lines()) {
      body.add(it1(line));
      quantities = quantities.add(line.quantity());
    }
    body.add(Segment.of("TDS", cents(invoice.total())));
    InvoiceSettings settings = invoice.settings();
    if (settings.taxType() != null) {
      body.add(
          Segment.of(
              "TXI", settings.taxType(), amount(invoice.tax()), number(settings.taxPercent())));
    }
    if (invoice.freight().signum() > 0) {
      body.add(Segment.of("SAC", "C", "D240", "", "", cents(invoice.freight())));
    }
    body.add(Segment.of("CTT", Integer.toString(invoice.lines().size()), number(quantities)));
    return body;
  }

  private static Segment n1(ShipToParty shipTo) {
    if (shipTo.id().isEmpty()) {
      return Segment.of("N1", "ST", shipTo.name());
    }
    return Segment.of("N1", "ST", shipTo.name(), shipTo.idQualifier(), shipTo.id());
  }

  /** ITD: type, basis date, then discount percent and days when given, then net days. */
  private static Segment itd(InvoiceSettings s) {
    return Segment.of(
        "ITD",
        s.termsType(),
        s.termsBasis(),
        s.discountPercent() == null ? "" : number(s.discountPercent()),
        "",
        s.discountDays() == null ? "" : Integer.toString(s.discountDays()),
        "",
        Integer.toString(s.netDays()));
  }

  private static Segment it1(Invoice.Line line) {
    List<String> e = new ArrayList<>();
    e.add(line.lineId());
    e.add(number(line.quantity()));
    e.add(line.unit());
    e.add(number(line.unitPrice()));
    e.add("");
    addId(e, "IN", line.buyerItem());
    addId(e, "UP", line.upc());
    addId(e, "VN", line.vendorItem());
    return new Segment("IT1", e);
  }

  private static void addId(List<String> elements, String qualifier, String id) {
    if (id != null && !id.isEmpty()) {
      elements.add(qualifier);
      elements.add(id);
    }
  }

  /** An amount as N2: cents, without a decimal point. */
  static String cents(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String amount(BigDecimal value) {
    return number(value);
  }

  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.format(CCYYMMDD);
  }
}
