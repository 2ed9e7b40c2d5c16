package io.tradelane.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.inventory.Catalog;
import io.tradelane.inventory.CatalogItem;
import io.tradelane.inventory.Stock;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.GeneratedKeys;
import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order-change stage: an accepted 860 changes its order in one transaction: a cancelled order
 * or line gives its stock back, a quantity change reserves more (backordering or cutting the rest,
 * as the partner's policy says) or gives back what is no longer wanted (backorder first), an added
 * line is allocated as an 850's would be, a price change sets the buyer's price. Every change is
 * checked before any is applied: one that touches a shipped line, names an unknown line or item, or
 * asks what we do not do refuses the whole 860, with the reason. The outcome is recorded once per
 * 860 (a redelivered one changes nothing twice) and answered with an 865 when the partner asks for
 * one ({@code orders.change-ack = true}).
 */
public final class OrderChanges {

  /** Where the follow-up work goes. */
  public record Queues(String outbound, String backoffice, String invoices) {}

  /** One changed line as the 865 tells it: the change asked, the answer, and why when refused. */
  private record Answer(
      ChangeOrder.LineChange change, String ack, BigDecimal quantity, String unit, String reason) {}

  /** A line of the order as stored, locked. */
  private record Line(
      int lineNo,
      String buyerLineId,
      String sku,
      BigDecimal quantity,
      String unit,
      BigDecimal allocated,
      BigDecimal backordered,
      BigDecimal shipped) {}

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final InboundDocuments documents;
  private final OrderStore orders;
  private final Catalog catalog;
  private final Stock stock;
  private final OrderLifecycle lifecycle;
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Queues queues;
  private final Clock clock;

  public OrderChanges(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      InboundDocuments documents,
      OrderStore orders,
      Catalog catalog,
      Stock stock,
      OrderLifecycle lifecycle,
      OutboundDocuments outbound,
      PartnerDirectory partners,
      HubEvents events,
      ObjectMapper json,
      Queues queues,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.documents = documents;
    this.orders = orders;
    this.catalog = catalog;
    this.stock = stock;
    this.lifecycle = lifecycle;
    this.outbound = outbound;
    this.partners = partners;
    this.events = events;
    this.json = json;
    this.queues = queues;
    this.clock = clock;
  }

  /** Whether a partner is answered with an 865. */
  public static boolean answersChanges(PartnerProfile partner) {
    return Boolean.parseBoolean(partner.setting("orders.change-ack").orElse("false"));
  }

  /** Processes one accepted 860 document; returns the follow-up work. */
  public List<Dispatch> change(String documentId) {
    long id = Long.parseLong(documentId.strip());
    return tx.execute(status -> changeLocked(documents.lock(id)));
  }

  private List<Dispatch> changeLocked(Document doc) {
    if (doc.status() != InboundDocuments.Status.ACCEPTED) {
      return followUps(doc.id());
    }
    PartnerProfile partner = partners.require(doc.partnerId());
    ChangeOrder change = read(doc.payload());
    Optional<Long> orderId = orders.findId(partner.id(), change.poNumber());
    List<Answer> answers = new ArrayList<>();
    String refusal;
    if (orderId.isEmpty() && pending850Before(doc)) {
      // the PO may be in an 850 of the same partner that the order stage has not made an order
      // of yet (sent just before, or in the same file): try again once it has
      throw new IllegalStateException(
          "860 for PO "
              + change.poNumber()
              + " waits for the 850s "
              + partner.id()
              + " sent before it to become orders; it is tried again");
    }
    if (orderId.isEmpty()) {
      refusal = "PO " + change.poNumber() + " is unknown";
      change
          .lines()
          .forEach(c -> answers.add(new Answer(c, "IR", c.quantity(), c.unit(), refusal)));
    } else {
      Map<String, Line> lines = lockLines(orderId.get());
      refusal = check(partner, change, lines, answers);
      if (refusal == null) {
        answers.clear();
        apply(partner, orderId.get(), change, lines, answers);
        lifecycle.settle(orderId.get(), "860", change.poNumber());
      }
    }
    long changeId =
        GeneratedKeys.insert(
            jdbc,
            "insert into order_change (inbound_document_id, order_id, po_number, outcome, reason,"
                + " created_at) values (?, ?, ?, ?, ?, ?)",
            doc.id(),
            orderId.orElse(null),
            change.poNumber(),
            refusal == null ? "ACCEPTED" : "REJECTED",
            refusal,
            Timestamp.from(clock.instant()));
    if (refusal != null) {
      events.record(
          HubEvents.Severity.WARN,
          "change-rejected",
          partner.id(),
          "PO " + change.poNumber(),
          "860 refused, nothing changed: " + refusal);
    }
    if (answersChanges(partner)) {
      outbound.create(
          new OutboundDocuments.Request(
              partner,
              "865",
              "CHANGE",
              changeId,
              "CA",
              null,
              List.of(ack865(change, answers, refusal, partner.is5010()))));
    }
    documents.finish(
        doc.id(),
        refusal == null ? InboundDocuments.Status.PROCESSED : InboundDocuments.Status.REJECTED,
        refusal);
    List<Dispatch> next = new ArrayList<>(followUps(doc.id()));
    if (refusal == null) {
      next.add(Dispatch.of(queues.backoffice(), orderId.get()));
      // a change that leaves nothing to ship lets an order invoiced as a whole be invoiced now
      jdbc.queryForList(
              "select max(shipment_id) from shipment_package where order_id = ?"
                  + " having max(shipment_id) is not null",
              Long.class,
              orderId.get())
          .forEach(shipment -> next.add(Dispatch.of(queues.invoices(), shipment)));
    }
    return next;
  }

  /** Whether 850s the partner sent before this 860 are still waiting to become orders. */
  private boolean pending850Before(Document doc) {
    Integer waiting =
        jdbc.queryForObject(
            "select count(*) from inbound_document where partner_id = ? and transaction_set = '850'"
                + " and status = 'ACCEPTED' and id < ?",
            Integer.class,
            doc.partnerId(),
            doc.id());
    return waiting != null && waiting > 0;
  }

  private List<Dispatch> followUps(long documentId) {
    List<Dispatch> next = new ArrayList<>();
    jdbc.queryForList(
            "select id from order_change where inbound_document_id = ?", Long.class, documentId)
        .forEach(
            changeId ->
                outbound
                    .pendingFor("CHANGE", changeId)
                    .forEach(id -> next.add(Dispatch.of(queues.outbound(), id))));
    return next;
  }

  private Map<String, Line> lockLines(long orderId) {
    jdbc.queryForList("select id from purchase_order where id = ? for update", Long.class, orderId);
    Map<String, Line> lines = new LinkedHashMap<>();
    jdbc.query(
        "select line_no, buyer_line_id, sku, quantity, unit, allocated, backordered, shipped"
            + " from order_line where order_id = ? order by line_no for update",
        rs -> {
          Line line =
              new Line(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBigDecimal(4),
                  rs.getString(5),
                  rs.getBigDecimal(6),
                  rs.getBigDecimal(7),
                  rs.getBigDecimal(8));
          lines.put(
              line.buyerLineId() == null ? Integer.toString(line.lineNo()) : line.buyerLineId(),
              line);
        },
        orderId);
    return lines;
  }

  /**
   * Checks every change; returns the reason the 860 is refused (the first problem found, every
   * problem answered per line), or null when all can be applied.
   */
  private String check(
      PartnerProfile partner, ChangeOrder change, Map<String, Line> lines, List<Answer> answers) {
    List<String> problems = new ArrayList<>();
    if (change.cancelsOrder()) {
      lines.values().stream()
          .filter(l -> l.shipped().signum() > 0)
          .findFirst()
          .ifPresent(
              l ->
                  problems.add(
                      "PO "
                          + change.poNumber()
                          + " line "
                          + l.lineNo()
                          + " has shipped "
                          + PoAckBuilder.number(l.shipped())
                          + " "
                          + l.unit()
                          + "; an order with shipped goods cannot be cancelled"));
    }
    for (ChangeOrder.LineChange c : change.lines()) {
      String problem = problem(partner, change, c, lines.get(c.lineId()));
      answers.add(new Answer(c, problem == null ? "IA" : "IR", c.quantity(), c.unit(), problem));
      if (problem != null) {
        problems.add(problem);
      }
    }
    return problems.isEmpty() ? null : problems.get(0);
  }

  private String problem(
      PartnerProfile partner, ChangeOrder change, ChangeOrder.LineChange c, Line line) {
    String where = "PO " + change.poNumber() + " line " + c.lineId();
    switch (c.change()) {
      case "AI" -> {
        if (line != null) {
          return where + " exists already; AI adds a new line";
        }
        if (c.quantity() == null || c.quantity().signum() <= 0 || c.unit() == null) {
          return where + ": an added line needs a quantity and a unit";
        }
        if (catalog.match(partner.id(), c.buyerItem(), c.upc()).isEmpty()) {
          return where + ": item " + itemName(c) + " is not in our catalog";
        }
        return null;
      }
      case "DI", "QI", "QD", "CA", "PC" -> {
        if (line == null) {
          return where + " is not in the order";
        }
        if (line.shipped().signum() > 0) {
          return where
              + " has shipped "
              + PoAckBuilder.number(line.shipped())
              + " "
              + line.unit()
              + "; a shipped line cannot be changed";
        }
        if (c.change().equals("PC")) {
          return c.unitPrice() == null ? where + ": PC without a unit price (POC06)" : null;
        }
        if (c.change().equals("DI")) {
          return null;
        }
        if (c.quantity() == null || c.quantity().signum() <= 0) {
          return where + ": " + c.change() + " without a new quantity (POC03)";
        }
        int direction = c.quantity().compareTo(line.quantity());
        if (c.change().equals("QI") && direction <= 0
            || c.change().equals("QD") && direction >= 0) {
          return where
              + ": "
              + c.change()
              + " to "
              + PoAckBuilder.number(c.quantity())
              + " from "
              + PoAckBuilder.number(line.quantity())
              + " is not a quantity "
              + (c.change().equals("QI") ? "increase" : "decrease");
        }
        return null;
      }
      default -> {
        return where + ": change type " + c.change() + " is not one we apply";
      }
    }
  }

  private void apply(
      PartnerProfile partner,
      long orderId,
      ChangeOrder change,
      Map<String, Line> lines,
      List<Answer> answers) {
    if (change.cancelsOrder()) {
      lines.values().forEach(line -> cancel(orderId, line));
    }
    for (ChangeOrder.LineChange c : change.lines()) {
      Line line = lines.get(c.lineId());
      switch (c.change()) {
        case "DI" -> {
          cancel(orderId, line);
          answers.add(new Answer(c, "ID", line.quantity(), line.unit(), null));
        }
        case "PC" -> {
          jdbc.update(
              "update order_line set unit_price = ? where order_id = ? and line_no = ?",
              c.unitPrice(),
              orderId,
              line.lineNo());
          answers.add(new Answer(c, "IA", line.quantity(), line.unit(), null));
        }
        case "AI" -> answers.add(add(partner, orderId, c, lines));
        default -> answers.add(requantify(partner, orderId, c, line));
      }
    }
  }

  /** Nothing more of the line ships: its reservation is given back, its quantity cancelled. */
  private void cancel(long orderId, Line line) {
    if (line.sku() != null && line.allocated().signum() > 0) {
      stock.release(line.sku(), line.allocated());
    }
    jdbc.update(
        "update order_line set cancelled = quantity - shipped, allocated = 0, backordered = 0"
            + " where order_id = ? and line_no = ?",
        orderId,
        line.lineNo());
  }

  /** A new ordered quantity: more is reserved, backordered or cut; less gives back. */
  private Answer requantify(
      PartnerProfile partner, long orderId, ChangeOrder.LineChange c, Line line) {
    BigDecimal delta = c.quantity().subtract(line.quantity());
    BigDecimal allocated = line.allocated();
    BigDecimal backordered = line.backordered();
    if (delta.signum() < 0) {
      BigDecimal less = delta.negate();
      BigDecimal fromBackorder = less.min(backordered);
      backordered = backordered.subtract(fromBackorder);
      BigDecimal fromStock = less.subtract(fromBackorder).min(allocated);
      allocated = allocated.subtract(fromStock);
      if (fromStock.signum() > 0) {
        stock.release(line.sku(), fromStock);
      }
    } else if (delta.signum() > 0) {
      BigDecimal available = stock.lockAvailable(List.of(line.sku())).get(line.sku());
      BigDecimal take = delta.min(available.max(BigDecimal.ZERO));
      stock.reserve(line.sku(), take);
      allocated = allocated.add(take);
      if (partner.backorders()) {
        backordered = backordered.add(delta.subtract(take));
      }
    }
    jdbc.update(
        "update order_line set quantity = ?, allocated = ?, backordered = ?, cancelled = 0"
            + " where order_id = ? and line_no = ?",
        c.quantity(),
        allocated,
        backordered,
        orderId,
        line.lineNo());
    return answer(c, allocated, backordered, line.unit());
  }

  /** A line added by the 860, allocated as an 850's line would be. */
  private Answer add(
      PartnerProfile partner, long orderId, ChangeOrder.LineChange c, Map<String, Line> lines) {
    CatalogItem item = catalog.match(partner.id(), c.buyerItem(), c.upc()).orElseThrow();
    BigDecimal available = stock.lockAvailable(List.of(item.sku())).get(item.sku());
    BigDecimal allocated = c.quantity().min(available.max(BigDecimal.ZERO));
    BigDecimal backordered =
        partner.backorders() ? c.quantity().subtract(allocated) : BigDecimal.ZERO;
    stock.reserve(item.sku(), allocated);
    int lineNo = lines.values().stream().mapToInt(Line::lineNo).max().orElse(0) + 1;
    Answer answer = answer(c, allocated, backordered, c.unit());
    jdbc.update(
        "insert into order_line (order_id, line_no, buyer_line_id, buyer_item, upc, sku, quantity,"
            + " unit, unit_price, our_price, ack_code, ack_quantity, allocated, backordered)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        orderId,
        lineNo,
        c.lineId(),
        c.buyerItem(),
        c.upc(),
        item.sku(),
        c.quantity(),
        c.unit(),
        c.unitPrice(),
        item.price(),
        answer.ack(),
        answer.quantity(),
        allocated,
        backordered);
    return answer;
  }

  /** IA when all is reserved, IB when some waits for stock, IQ when some was cut, IR for none. */
  private static Answer answer(
      ChangeOrder.LineChange c, BigDecimal allocated, BigDecimal backordered, String unit) {
    BigDecimal committed = allocated.add(backordered);
    String ack;
    BigDecimal quantity;
    if (committed.compareTo(c.quantity()) < 0) {
      ack = allocated.signum() > 0 ? "IQ" : "IR";
      quantity = allocated.signum() > 0 ? allocated : c.quantity();
    } else if (backordered.signum() > 0) {
      ack = "IB";
      quantity = c.quantity();
    } else {
      ack = "IA";
      quantity = c.quantity();
    }
    return new Answer(c, ack, quantity, unit, null);
  }

  /**
   * The 865: BCA, then each POC as asked with its ACK and, when refused, the reason (MSG in 004010;
   * MTX*LIN in 005010, which has no MSG), CTT.
   */
  private static List<Segment> ack865(
      ChangeOrder change, List<Answer> answers, String refusal, boolean is5010) {
    String type;
    if (refusal != null) {
      type = "RJ";
    } else if (answers.stream().allMatch(a -> a.ack().equals("IA") || a.ack().equals("ID"))) {
      type = "AT";
    } else {
      type = "AC";
    }
    List<Segment> body = new ArrayList<>();
    body.add(
        Segment.of(
            "BCA",
            "00",
            type,
            change.poNumber(),
            "",
            change.changeSequence(),
            change.poDate() == null
                ? ""
                : change.poDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
    for (Answer a : answers) {
      ChangeOrder.LineChange c = a.change();
      List<String> poc = new ArrayList<>();
      poc.add(c.lineId());
      poc.add(c.change());
      poc.add(c.quantity() == null ? "" : PoAckBuilder.number(c.quantity()));
      poc.add("");
      poc.add(c.unit() == null ? "" : c.unit());
      poc.add(c.unitPrice() == null ? "" : PoAckBuilder.number(c.unitPrice()));
      if (c.buyerItem() != null || c.upc() != null) {
        poc.add("");
        if (c.buyerItem() != null) {
          poc.add("IN");
          poc.add(c.buyerItem());
        }
        if (c.upc() != null) {
          poc.add("UP");
          poc.add(c.upc());
        }
      }
      body.add(new Segment("POC", poc));
      body.add(
          a.quantity() == null || a.unit() == null
              ? Segment.of("ACK", a.ack())
              : Segment.of("ACK", a.ack(), PoAckBuilder.number(a.quantity()), a.unit()));
      if (a.reason() != null) {
        String reason = a.reason().length() > 264 ? a.reason().substring(0, 264) : a.reason();
        body.add(is5010 ? Segment.of("MTX", "LIN", reason) : Segment.of("MSG", reason));
      }
    }
    body.add(Segment.of("CTT", Integer.toString(answers.size())));
    return body;
  }

  private static String itemName(ChangeOrder.LineChange c) {
    return c.buyerItem() != null ? c.buyerItem() : c.upc() != null ? "UPC " + c.upc() : "(none)";
  }

  private ChangeOrder read(String payload) {
    try {
      return json.readValue(payload, ChangeOrder.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored change order cannot be read back", e);
    }
  }
}
