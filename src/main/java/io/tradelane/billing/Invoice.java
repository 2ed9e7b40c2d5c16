package io.tradelane.billing;

import io.tradelane.shipping.ShipToParty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An invoice as the 810 tells it: its number and date (BIG01, BIG02), the PO it bills (BIG03,
 * BIG04), the bill of lading and ship date of the shipment when it bills one (REF*BM, DTM*011),
 * where the goods went (N1*ST), the partner's terms and charges, and its lines, at least one.
 */
public record Invoice(
    String number,
    LocalDate date,
    String poNumber,
    LocalDate poDate,
    String billOfLading,
    LocalDate shipDate,
    ShipToParty shipTo,
    InvoiceSettings settings,
    List<Line> lines) {

  public Invoice {
    Objects.requireNonNull(number, "invoice number");
    Objects.requireNonNull(date, "invoice date");
    Objects.requireNonNull(poNumber, "PO number");
    Objects.requireNonNull(settings, "invoice settings");
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("invoice " + number + " has no line");
    }
    lines = List.copyOf(lines);
  }

  /**
   * One PO line billed: its ID as the PO gave it (IT101), the quantity and unit, the agreed unit
   * price, and the item numbers (any may be empty).
   */
  public record Line(
      String lineId,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      String buyerItem,
      String upc,
      String vendorItem) {

    public Line {
      if (quantity == null || quantity.signum() <= 0) {
        throw new IllegalArgumentException(
            "quantity of invoice line " + lineId + " must be positive");
      }
      if (unitPrice == null || unitPrice.signum() < 0) {
        throw new IllegalArgumentException("invoice line " + lineId + " has no price");
      }
    }

    /** Quantity times price, rounded half up to the cent. */
    public BigDecimal amount() {
      return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }
  }

  /** The lines' amounts. */
  public BigDecimal merchandise() {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** The freight charge, or zero. */
  public BigDecimal freight() {
    return settings.freight() == null
        ? BigDecimal.ZERO.setScale(2)
        : settings.freight().setScale(2, RoundingMode.HALF_UP);
  }

  /** Tax on the merchandise at the partner's rate, rounded half up to the cent; zero when none. */
  public BigDecimal tax() {
    if (settings.taxPercent() == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return merchandise()
        .multiply(settings.taxPercent())
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** What is due: merchandise, freight and tax. */
  public BigDecimal total() {
    return merchandise().add(freight()).add(tax());
  }
}
