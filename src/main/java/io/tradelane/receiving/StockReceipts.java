package io.tradelane.receiving;

import io.tradelane.backoffice.ContentHash;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.inventory.Stock;
import io.tradelane.order.BackorderRelease;
import io.tradelane.runtime.GeneratedKeys;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the warehouse's stock receipts: each SKU must be in the catalog; the quantities raise
 * on-hand stock and the backorders waiting for them are allocated ({@link BackorderRelease}), all
 * in one transaction for everything received together, or nothing when any error is found. A
 * receipt ID received again with the same content changes nothing; with other content it is
 * refused.
 */
public final class StockReceipts {

  /** A receipt stored (or found stored before), and the orders its stock was allocated to. */
  public record Received(String receiptId, long id, boolean before, List<Long> ordersServed) {}

  /** What a receipt did, and the work to hand on (replacement 855s to deliver). */
  public record Outcome(List<Received> receipts, List<Dispatch> followUps) {}

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final Stock stock;
  private final BackorderRelease release;
  private final OutboundDocuments outbound;
  private final String outboundQueue;
  private final Clock clock;

  public StockReceipts(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      Stock stock,
      BackorderRelease release,
      OutboundDocuments outbound,
      String outboundQueue,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.stock = stock;
    this.release = release;
    this.outbound = outbound;
    this.outboundQueue = outboundQueue;
    this.clock = clock;
  }

  /**
   * Applies these receipts, all or none.
   *
   * @throws InputRejected with every error found; nothing was applied
   */
  public Outcome receive(List<StockReceipt> receipts, String source) {
    return tx.execute(status -> receiveAll(receipts, source));
  }

  private Outcome receiveAll(List<StockReceipt> receipts, String source) {
    List<String> errors = new ArrayList<>();
    List<Received> done = new ArrayList<>();
    List<StockReceipt> toApply = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (StockReceipt receipt : receipts) {
      if (!ids.add(receipt.receiptId())) {
        errors.add(receipt.origin() + ": receipt " + receipt.receiptId() + " appears twice");
        continue;
      }
      List<Map<String, Object>> stored =
          jdbc.queryForList(
              "select id, content_sha256 from stock_receipt where receipt_ref = ?",
              receipt.receiptId());
      if (stored.isEmpty()) {
        checkSkus(receipt, errors);
        toApply.add(receipt);
      } else if (stored.get(0).get("content_sha256").equals(contentHash(receipt))) {
        done.add(
            new Received(
                receipt.receiptId(),
                ((Number) stored.get(0).get("id")).longValue(),
                true,
                List.of()));
      } else {
        errors.add(
            receipt.origin()
                + ": receipt "
                + receipt.receiptId()
                + " was received before with other content; a receipt cannot be changed");
      }
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    List<Dispatch> followUps = new ArrayList<>();
    for (Received before : done) {
      pendingReplacements(before.id()).forEach(id -> followUps.add(Dispatch.of(outboundQueue, id)));
    }
    for (StockReceipt receipt : toApply) {
      Received applied = apply(receipt, source);
      done.add(applied);
      pendingReplacements(applied.id())
          .forEach(id -> followUps.add(Dispatch.of(outboundQueue, id)));
    }
    return new Outcome(done, followUps);
  }

  private void checkSkus(StockReceipt receipt, List<String> errors) {
    for (StockReceipt.Line line : receipt.lines()) {
      Integer known =
          jdbc.queryForObject("select count(*) from item where sku = ?", Integer.class, line.sku());
      if (known == null || known == 0) {
        errors.add(line.origin() + ": SKU '" + line.sku() + "' is not in the catalog");
      }
    }
  }

  private Received apply(StockReceipt receipt, String source) {
    long id =
        GeneratedKeys.insert(
            jdbc,
            "insert into stock_receipt (receipt_ref, source, content_sha256, received_at)"
                + " values (?, ?, ?, ?)",
            receipt.receiptId(),
            source,
            contentHash(receipt),
            Timestamp.from(clock.instant()));
    Map<String, BigDecimal> bySku = new LinkedHashMap<>();
    receipt.lines().forEach(l -> bySku.merge(l.sku(), l.quantity(), BigDecimal::add));
    bySku.forEach(
        (sku, quantity) -> {
          jdbc.update(
              "insert into stock_receipt_line (receipt_id, sku, quantity) values (?, ?, ?)",
              id,
              sku,
              quantity);
          stock.receive(sku, quantity);
        });
    List<Long> served = release.release(id, receipt.receiptId(), bySku.keySet());
    return new Received(receipt.receiptId(), id, false, served);
  }

  /** The replacement 855s of a receipt's releases that are not delivered yet. */
  private List<Long> pendingReplacements(long receiptId) {
    List<Long> pending = new ArrayList<>();
    jdbc.queryForList(
            "select id from backorder_release where receipt_id = ? order by id",
            Long.class,
            receiptId)
        .forEach(releaseId -> pending.addAll(outbound.pendingFor("RELEASE", releaseId)));
    return pending;
  }

  /** SHA-256 of what the receipt says, SKU by SKU, where it was read from left out. */
  static String contentHash(StockReceipt receipt) {
    Map<String, BigDecimal> bySku = new TreeMap<>();
    receipt.lines().forEach(l -> bySku.merge(l.sku(), l.quantity(), BigDecimal::add));
    StringBuilder text = new StringBuilder(receipt.receiptId());
    bySku.forEach(
        (sku, q) ->
            text.append('\n')
                .append(sku)
                .append('|')
                .append(q.stripTrailingZeros().toPlainString()));
    return ContentHash.of(text.toString());
  }
}
