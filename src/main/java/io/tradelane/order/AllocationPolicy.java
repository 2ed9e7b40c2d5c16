package io.tradelane.order;

import io.tradelane.inventory.CatalogItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rules that answer a line, given what it names, what we sell and what is available: unknown
 * item or unit IR; a buyer price more than the tolerance away from ours IP with our price; what is
 * short either backordered (IA + IB) or cut (IQ; IR when nothing is available), as the partner's
 * policy says. No database here.
 */
public final class AllocationPolicy {

  private final boolean backorders;
  private final BigDecimal priceTolerance;

  public AllocationPolicy(boolean backorders, BigDecimal priceTolerance) {
    this.backorders = backorders;
    this.priceTolerance = priceTolerance;
  }

  public LineOutcome decide(
      PurchaseOrder.Line line, Optional<CatalogItem> item, BigDecimal available) {
    BigDecimal quantity = line.quantity();
    if (item.isEmpty() || !item.get().unit().equals(line.unit()) || quantity.signum() <= 0) {
      return new LineOutcome("IR", quantity, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    String accepted = priceOff(line.unitPrice(), item.get().price()) ? "IP" : "IA";
    BigDecimal allocated = quantity.min(available.max(BigDecimal.ZERO));
    BigDecimal shortfall = quantity.subtract(allocated);
    if (shortfall.signum() == 0) {
      return new LineOutcome(accepted, quantity, allocated, BigDecimal.ZERO);
    }
    if (backorders) {
      return allocated.signum() > 0
          ? new LineOutcome(accepted, allocated, allocated, shortfall)
          : new LineOutcome("IB", quantity, BigDecimal.ZERO, quantity);
    }
    return allocated.signum() > 0
        ? new LineOutcome("IQ", allocated, allocated, BigDecimal.ZERO)
        : new LineOutcome("IR", quantity, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /**
   * Whether the buyer's price is further from ours than the tolerance (false when either is
   * unknown).
   */
  public boolean priceOff(BigDecimal buyerPrice, BigDecimal ourPrice) {
    if (buyerPrice == null || ourPrice == null || ourPrice.signum() == 0) {
      return false;
    }
    return buyerPrice.subtract(ourPrice).abs().compareTo(ourPrice.multiply(priceTolerance)) > 0;
  }

  /** The unit price we confirm for a line: ours when the buyer named none or one too far off. */
  public BigDecimal confirmedPrice(OrderLine line) {
    return line.unitPrice() == null || priceOff(line.unitPrice(), line.ourPrice())
        ? line.ourPrice()
        : line.unitPrice();
  }

  /**
   * BAK02 for a whole order: AD when every line is IA in full, RJ when every line is IR, else AC.
   */
  public static String ackType(List<OrderLine> lines) {
    boolean allAsOrdered =
        lines.stream().allMatch(l -> "IA".equals(l.ackCode()) && l.backordered().signum() == 0);
    boolean allRejected = lines.stream().allMatch(l -> "IR".equals(l.ackCode()));
    return allAsOrdered && !lines.isEmpty() ? "AD" : allRejected ? "RJ" : "AC";
  }
}
