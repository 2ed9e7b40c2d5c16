package io.tradelane.billing;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.order.AllocationPolicy;
import io.tradelane.order.Order;
import io.tradelane.order.OrderLifecycle;
import io.tradelane.order.OrderLine;
import io.tradelane.order.OrderStore;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.GeneratedKeys;
import io.tradelane.shipping.ShipToParty;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invoicing stage: a shipment whose 856 is stored is invoiced, in one transaction. Partners
 * invoiced per shipment get one 810 per order in it, for what the shipment shipped; partners
 * invoiced per order get one 810 once the order has nothing left to ship, for everything shipped
 * and not yet invoiced. Lines are billed at the price the 855 agreed. An 810 never bills more of a
 * line than was shipped and not yet invoiced (pre-send rule: the 810 matches the 856s). Running it
 * again for the same shipment invoices nothing twice and only hands on what is still pending.
 */
public final class Invoicing {

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final OrderStore orders;
  private final OrderLifecycle lifecycle;
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final InvoiceNumbers numbers;
  private final BigDecimal priceTolerance;
  private final String outboundQueue;
  private final Clock clock;

  public Invoicing(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      OrderStore orders,
      OrderLifecycle lifecycle,
      OutboundDocuments outbound,
      PartnerDirectory partners,
      InvoiceNumbers numbers,
      BigDecimal priceTolerance,
      String outboundQueue,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.orders = orders;
    this.lifecycle = lifecycle;
    this.outbound = outbound;
    this.partners = partners;
    this.numbers = numbers;
    this.priceTolerance = priceTolerance;
    this.outboundQueue = outboundQueue;
    this.clock = clock;
  }

  /** Invoices one shipment (its id as the message body); returns the 810s to deliver. */
  public List<Dispatch> invoiceShipment(String shipmentId) {
    long id = Long.parseLong(shipmentId.strip());
    return tx.execute(status -> invoice(id));
  }

  private List<Dispatch> invoice(long shipmentId) {
    Map<String, Object> shipment =
        jdbc.queryForMap(
            "select partner_id, bill_of_lading, shipped_at from shipment where id = ?", shipmentId);
    String partnerId = (String) shipment.get("partner_id");
    PartnerProfile partner = partners.require(partnerId);
    InvoiceSettings settings = InvoiceSettings.of(partner);
    List<Long> orderIds =
        jdbc.queryForList(
            "select distinct order_id from shipment_package where shipment_id = ? order by 1",
            Long.class,
            shipmentId);
    List<Long> invoices = new ArrayList<>();
    for (long orderId : orderIds) {
      jdbc.queryForList(
          "select id from purchase_order where id = ? for update", Long.class, orderId);
      Long existing =
          settings.perOrder()
              ? single("select id from invoice where order_id = ? and shipment_id is null", orderId)
              : single(
                  "select id from invoice where shipment_id = ? and order_id = ?",
                  shipmentId,
                  orderId);
      if (existing != null) {
        invoices.add(existing);
        continue;
      }
      Map<Integer, BigDecimal> billed =
          settings.perOrder() ? orderToBill(orderId) : shipmentToBill(shipmentId, orderId);
      if (billed.isEmpty()) {
        continue;
      }
      invoices.add(
          create(
              partner,
              settings,
              orders.load(orderId),
              settings.perOrder() ? null : shipmentId,
              billed,
              (String) shipment.get("bill_of_lading"),
              ((Timestamp) shipment.get("shipped_at")).toLocalDateTime().toLocalDate()));
    }
    List<Dispatch> next = new ArrayList<>();
    invoices.forEach(
        invoice ->
            outbound
                .pendingFor("INVOICE", invoice)
                .forEach(doc -> next.add(Dispatch.of(outboundQueue, doc))));
    return next;
  }

  /** What one shipment shipped of an order, by line. */
  private Map<Integer, BigDecimal> shipmentToBill(long shipmentId, long orderId) {
    Map<Integer, BigDecimal> lines = new LinkedHashMap<>();
    jdbc.query(
        "select i.line_no, sum(i.quantity) from shipment_item i join shipment_package p"
            + " on p.sscc = i.carton_sscc where p.shipment_id = ? and i.order_id = ?"
            + " group by i.line_no order by i.line_no",
        rs -> {
          lines.put(rs.getInt(1), rs.getBigDecimal(2));
        },
        shipmentId,
        orderId);
    return lines;
  }

  /**
   * Everything shipped and not yet invoiced of an order with nothing left to ship; nothing while
   * some of it is still to ship.
   */
  private Map<Integer, BigDecimal> orderToBill(long orderId) {
    BigDecimal open =
        jdbc.queryForObject(
            "select coalesce(sum(allocated + backordered), 0) from order_line where order_id = ?",
            BigDecimal.class,
            orderId);
    Map<Integer, BigDecimal> lines = new LinkedHashMap<>();
    if (open.signum() > 0) {
      return lines;
    }
    jdbc.query(
        "select line_no, shipped - invoiced from order_line where order_id = ?"
            + " and shipped > invoiced order by line_no",
        rs -> {
          lines.put(rs.getInt(1), rs.getBigDecimal(2));
        },
        orderId);
    return lines;
  }

  private long create(
      PartnerProfile partner,
      InvoiceSettings settings,
      Order order,
      Long shipmentId,
      Map<Integer, BigDecimal> billed,
      String billOfLading,
      LocalDate shipDate) {
    AllocationPolicy pricing = new AllocationPolicy(partner.backorders(), priceTolerance);
    Map<Integer, OrderLine> byNo = new LinkedHashMap<>();
    order.lines().forEach(l -> byNo.put(l.lineNo(), l));
    List<Invoice.Line> lines = new ArrayList<>();
    for (Map.Entry<Integer, BigDecimal> entry : billed.entrySet()) {
      OrderLine line = byNo.get(entry.getKey());
      checkNotBeyondShipped(order, line, entry.getValue());
      BigDecimal price = pricing.confirmedPrice(line);
      if (price == null) {
        throw new IllegalStateException(
            "PO " + order.poNumber() + " line " + line.lineNo() + " has no agreed price to bill");
      }
      lines.add(
          new Invoice.Line(
              line.buyerLineId() == null ? Integer.toString(line.lineNo()) : line.buyerLineId(),
              entry.getValue(),
              line.unit(),
              price,
              line.buyerItem(),
              line.upc(),
              line.sku()));
    }
    LocalDate today = LocalDate.now(clock);
    Invoice invoice =
        new Invoice(
            numbers.next(),
            today,
            order.poNumber(),
            order.poDate(),
            shipmentId == null ? null : billOfLading,
            shipmentId == null ? null : shipDate,
            shipTo(order, partner),
            settings,
            lines);
    long invoiceId =
        GeneratedKeys.insert(
            jdbc,
            "insert into invoice (invoice_number, partner_id, order_id, shipment_id, invoice_date,"
                + " total_cents, created_at) values (?, ?, ?, ?, ?, ?, ?)",
            invoice.number(),
            partner.id(),
            order.id(),
            shipmentId,
            java.sql.Date.valueOf(today),
            Long.parseLong(InvoiceBuilder.cents(invoice.total())),
            Timestamp.from(clock.instant()));
    int index = 0;
    for (Map.Entry<Integer, BigDecimal> entry : billed.entrySet()) {
      Invoice.Line line = lines.get(index++);
      jdbc.update(
          "insert into invoice_line (invoice_id, line_no, quantity, unit_price, amount)"
              + " values (?, ?, ?, ?, ?)",
          invoiceId,
          entry.getKey(),
          line.quantity(),
          line.unitPrice(),
          line.amount());
      jdbc.update(
          "update order_line set invoiced = invoiced + ? where order_id = ? and line_no = ?",
          line.quantity(),
          order.id(),
          entry.getKey());
    }
    lifecycle.settle(order.id(), "810", invoice.number());
    outbound.create(
        new OutboundDocuments.Request(
            partner,
            "810",
            "INVOICE",
            invoiceId,
            "IN",
            null,
            List.of(new InvoiceBuilder().build(invoice))));
    return invoiceId;
  }

  /** Pre-send rule: never bill more of a line than was shipped and not yet invoiced. */
  private void checkNotBeyondShipped(Order order, OrderLine line, BigDecimal billing) {
    Map<String, Object> q =
        jdbc.queryForMap(
            "select shipped, invoiced from order_line where order_id = ? and line_no = ?",
            order.id(),
            line.lineNo());
    BigDecimal left = ((BigDecimal) q.get("shipped")).subtract((BigDecimal) q.get("invoiced"));
    if (billing.compareTo(left) > 0) {
      throw new IllegalStateException(
          "810 for PO "
              + order.poNumber()
              + " would bill "
              + InvoiceBuilder.number(billing)
              + " of line "
              + line.lineNo()
              + ", but only "
              + InvoiceBuilder.number(left)
              + " were shipped and not yet invoiced");
    }
  }

  private static ShipToParty shipTo(Order order, PartnerProfile partner) {
    var s = order.shipTo();
    return s == null
        ? ShipToParty.ofPo(null, null, null, partner.name())
        : ShipToParty.ofPo(s.name(), s.idQualifier(), s.id(), partner.name());
  }

  private Long single(String sql, Object... args) {
    List<Long> found = jdbc.queryForList(sql, Long.class, args);
    return found.isEmpty() ? null : found.get(0);
  }
}
