package io.tradelane.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundDocuments.Document;
import io.tradelane.exchange.InboundDocuments.Status;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order stage: an accepted 850 becomes one order, allocated against stock, answered by an 855,
 * all in one transaction. A PO number the partner already sent is recorded as a duplicate and
 * creates nothing. Running it again for a document already done only hands on what is still to do.
 */
public final class OrderIntake {

  /** Where the follow-up work goes. */
  public record Queues(String outbound, String backoffice) {}

  /** Policy settings shared by all partners. */
  public record Terms(BigDecimal priceTolerance, int shipLeadDays, int backorderLeadDays) {}

  private final TransactionTemplate tx;
  private final InboundDocuments documents;
  private final OrderStore orders;
  private final OrderAllocator allocator;
  private final OrderLifecycle lifecycle;
  private final OutboundDocuments outbound;
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Terms terms;
  private final Queues queues;
  private final Clock clock;

  public OrderIntake(
      TransactionTemplate tx,
      InboundDocuments documents,
      OrderStore orders,
      OrderAllocator allocator,
      OrderLifecycle lifecycle,
      OutboundDocuments outbound,
      PartnerDirectory partners,
      HubEvents events,
      ObjectMapper json,
      Terms terms,
      Queues queues,
      Clock clock) {
    this.tx = tx;
    this.documents = documents;
    this.orders = orders;
    this.allocator = allocator;
    this.lifecycle = lifecycle;
    this.outbound = outbound;
    this.partners = partners;
    this.events = events;
    this.json = json;
    this.terms = terms;
    this.queues = queues;
    this.clock = clock;
  }

  /** Processes one accepted 850 document; returns the follow-up work. */
  public List<Dispatch> accept(String documentId) {
    long id = Long.parseLong(documentId);
    try {
      return tx.execute(status -> acceptLocked(documents.lock(id)));
    } catch (DuplicateKeyException raced) {
      // the same PO number was being ordered in another transaction, which committed first: once
      // more, and the order it made is found and this one recorded as the duplicate
      return tx.execute(status -> acceptLocked(documents.lock(id)));
    }
  }

  private List<Dispatch> acceptLocked(Document doc) {
    if (doc.status() != Status.ACCEPTED) {
      return orders.findIdByDocument(doc.id()).map(this::followUps).orElse(List.of());
    }
    PartnerProfile partner = partners.require(doc.partnerId());
    PurchaseOrder po = read(doc.payload());
    if (orders.findId(partner.id(), po.poNumber()).isPresent()) {
      documents.finish(doc.id(), Status.DUPLICATE, "PO " + po.poNumber() + " was received before");
      events.record(
          HubEvents.Severity.WARN,
          "duplicate-po",
          partner.id(),
          "PO " + po.poNumber(),
          "PO number already received from this partner; no second order was created");
      return List.of();
    }
    AllocationPolicy policy = new AllocationPolicy(partner.backorders(), terms.priceTolerance());
    Order allocated = allocator.allocate(partner.id(), po, policy, doc.createdAt());
    long orderId = orders.insert(allocated, doc.id());
    Order order = allocated.withId(orderId);
    lifecycle.received(orderId, "850", po.poNumber());
    PoAckBuilder acks = new PoAckBuilder(policy, terms.shipLeadDays(), terms.backorderLeadDays());
    outbound.create(
        new OutboundDocuments.Request(
            partner,
            "855",
            "ORDER",
            orderId,
            "PR",
            null,
            List.of(acks.build(order, LocalDate.now(clock)))));
    lifecycle.order(orderId, OrderLifecycle.Status.ACKNOWLEDGED, "855", po.poNumber(), null);
    lifecycle.settle(orderId, "855", po.poNumber());
    documents.finish(doc.id(), Status.PROCESSED, null);
    return followUps(orderId);
  }

  private List<Dispatch> followUps(long orderId) {
    List<Dispatch> next = new ArrayList<>();
    outbound
        .pendingFor("ORDER", orderId)
        .forEach(id -> next.add(Dispatch.of(queues.outbound(), id)));
    next.add(Dispatch.of(queues.backoffice(), orderId));
    return next;
  }

  private PurchaseOrder read(String payload) {
    try {
      return json.readValue(payload, PurchaseOrder.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored purchase order cannot be read back", e);
    }
  }
}
