package io.tradelane.order;

import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.inventory.Stock;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Allocates backordered quantities from stock that came in: for each SKU received, the lines
 * waiting for it are served in order of PO date (then of arrival), each as far as the stock goes;
 * each order served is recorded against the receipt, its lifecycle settled, and answered with a
 * replacement 855 (BAK01 05) when its partner takes those ({@code orders.backorder-855 = true}).
 * Runs inside the caller's transaction.
 */
public final class BackorderRelease {

  private final JdbcTemplate jdbc;
  private final Stock stock;
  private final OrderStore orders;
  private final OrderLifecycle lifecycle;
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final OrderIntake.Terms terms;
  private final Clock clock;

  public BackorderRelease(
      JdbcTemplate jdbc,
      Stock stock,
      OrderStore orders,
      OrderLifecycle lifecycle,
      OutboundDocuments outbound,
      PartnerDirectory partners,
      OrderIntake.Terms terms,
      Clock clock) {
    this.jdbc = jdbc;
    this.stock = stock;
    this.orders = orders;
    this.lifecycle = lifecycle;
    this.outbound = outbound;
    this.partners = partners;
    this.terms = terms;
    this.clock = clock;
  }

  /** Whether a partner is sent a replacement 855 when its backorders are allocated. */
  public static boolean sendsReplacement(PartnerProfile partner) {
    return Boolean.parseBoolean(partner.setting("orders.backorder-855").orElse("false"));
  }

  /**
   * Serves the backorders of these SKUs from what is now available; returns the ids of the orders
   * served, in the order they were served.
   *
   * @param receiptId the stock receipt the stock came with
   * @param reference its ID, for the lifecycle
   */
  public List<Long> release(long receiptId, String reference, Collection<String> skus) {
    Set<Long> served = new LinkedHashSet<>();
    for (String sku : new TreeSet<>(skus)) {
      BigDecimal available = stock.lockAvailable(List.of(sku)).get(sku);
      List<Map<String, Object>> waiting =
          jdbc.queryForList(
              "select l.order_id, l.line_no, l.backordered from order_line l"
                  + " join purchase_order o on o.id = l.order_id"
                  + " where l.sku = ? and l.backordered > 0"
                  + " order by o.po_date nulls last, o.received_at, o.id, l.line_no for update",
              sku);
      for (Map<String, Object> line : waiting) {
        if (available.signum() <= 0) {
          break;
        }
        BigDecimal backordered = (BigDecimal) line.get("backordered");
        BigDecimal take = backordered.min(available);
        long orderId = ((Number) line.get("order_id")).longValue();
        stock.reserve(sku, take);
        jdbc.update(
            "update order_line set allocated = allocated + ?, backordered = backordered - ?"
                + " where order_id = ? and line_no = ?",
            take,
            take,
            orderId,
            line.get("line_no"));
        available = available.subtract(take);
        served.add(orderId);
      }
    }
    for (long orderId : served) {
      lifecycle.settle(orderId, "RECEIPT", reference);
      long releaseId =
          GeneratedKeys.insert(
              jdbc,
              "insert into backorder_release (order_id, receipt_id, released_at) values (?, ?, ?)",
              orderId,
              receiptId,
              Timestamp.from(clock.instant()));
      Order order = orders.load(orderId);
      PartnerProfile partner = partners.byId(order.partnerId()).orElse(null);
      if (partner != null && sendsReplacement(partner)) {
        outbound.create(
            new OutboundDocuments.Request(
                partner,
                "855",
                "RELEASE",
                releaseId,
                "PR",
                null,
                List.of(
                    acknowledgements(partner)
                        .buildReplacement(asAcknowledgedNow(order), LocalDate.now(clock)))));
      }
    }
    return new ArrayList<>(served);
  }

  private PoAckBuilder acknowledgements(PartnerProfile partner) {
    return new PoAckBuilder(
        new AllocationPolicy(partner.backorders(), terms.priceTolerance()),
        terms.shipLeadDays(),
        terms.backorderLeadDays());
  }

  /**
   * The order's lines as an 855 tells them now: what is allocated or shipped is accepted (IA, or
   * the price or quantity status it had), what still waits is backordered (IB); rejected lines stay
   * rejected.
   */
  private Order asAcknowledgedNow(Order order) {
    Map<Integer, BigDecimal> shipped = new HashMap<>();
    jdbc.query(
        "select line_no, shipped from order_line where order_id = ?",
        rs -> {
          shipped.put(rs.getInt(1), rs.getBigDecimal(2));
        },
        order.id());
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      BigDecimal confirmed =
          line.allocated().add(shipped.getOrDefault(line.lineNo(), BigDecimal.ZERO));
      String code = line.ackCode();
      if (code.equals("IR")) {
        lines.add(line);
        continue;
      }
      if (code.equals("IB")) {
        code = confirmed.signum() > 0 ? "IA" : "IB";
      }
      BigDecimal quantity = code.equals("IB") ? line.backordered() : confirmed;
      lines.add(
          new OrderLine(
              line.lineNo(),
              line.buyerLineId(),
              line.buyerItem(),
              line.upc(),
              line.sku(),
              line.quantity(),
              line.unit(),
              line.unitPrice(),
              line.ourPrice(),
              code,
              quantity,
              line.allocated(),
              line.backordered()));
    }
    return new Order(
        order.id(),
        order.partnerId(),
        order.poNumber(),
        order.poDate(),
        order.orderType(),
        order.requestedShipDate(),
        order.currency(),
        order.shipTo(),
        AllocationPolicy.ackType(lines),
        order.receivedAt(),
        lines);
  }
}
