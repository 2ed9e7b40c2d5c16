package io.tradelane.order;

import io.tradelane.inventory.Catalog;
import io.tradelane.inventory.CatalogItem;
import io.tradelane.inventory.Stock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a purchase order into an allocated order, inside the caller's transaction: matches every
 * line to an item, locks the stock rows of the order's items, then answers the lines in order, each
 * taking from what the lines before it left.
 */
public final class OrderAllocator {

  private final Catalog catalog;
  private final Stock stock;

  public OrderAllocator(Catalog catalog, Stock stock) {
    this.catalog = catalog;
    this.stock = stock;
  }

  public Order allocate(
      String partnerId, PurchaseOrder po, AllocationPolicy policy, Instant receivedAt) {
    List<Optional<CatalogItem>> items =
        po.lines().stream().map(l -> catalog.match(partnerId, l.buyerItem(), l.upc())).toList();
    Map<String, BigDecimal> available =
        stock.lockAvailable(
            items.stream().flatMap(Optional::stream).map(CatalogItem::sku).distinct().toList());
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < po.lines().size(); i++) {
      PurchaseOrder.Line line = po.lines().get(i);
      Optional<CatalogItem> item = items.get(i);
      String sku = item.map(CatalogItem::sku).orElse(null);
      LineOutcome outcome =
          policy.decide(line, item, sku == null ? BigDecimal.ZERO : available.get(sku));
      if (sku != null && outcome.allocated().signum() > 0) {
        stock.reserve(sku, outcome.allocated());
        available.merge(sku, outcome.allocated().negate(), BigDecimal::add);
      }
      lines.add(
          new OrderLine(
              i + 1,
              line.buyerLineId(),
              line.buyerItem(),
              line.upc(),
              sku,
              line.quantity(),
              line.unit(),
              line.unitPrice(),
              item.map(CatalogItem::price).orElse(null),
              outcome.ackCode(),
              outcome.ackQuantity(),
              outcome.allocated(),
              outcome.backordered()));
    }
    return new Order(
        0,
        partnerId,
        po.poNumber(),
        po.poDate(),
        po.orderType(),
        po.requestedShipDate(),
        Objects.requireNonNullElse(po.currency(), "USD"),
        po.shipTo(),
        AllocationPolicy.ackType(lines),
        receivedAt,
        lines);
  }
}
