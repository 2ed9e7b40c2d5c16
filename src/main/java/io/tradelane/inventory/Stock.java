package io.tradelane.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stock of one warehouse: available = on hand minus reserved. Reservations are made inside the
 * caller's transaction; the rows of an order's items are locked in SKU order first, so that two
 * orders never deadlock and never reserve the same units.
 */
public final class Stock {

  private final JdbcTemplate jdbc;
  private final String warehouse;

  public Stock(JdbcTemplate jdbc, String warehouse) {
    this.jdbc = jdbc;
    this.warehouse = warehouse;
  }

  /** Locks the stock rows of these SKUs and returns what is available of each (0 when none). */
  public Map<String, BigDecimal> lockAvailable(Collection<String> skus) {
    Map<String, BigDecimal> available = new HashMap<>();
    for (String sku : new TreeSet<>(skus)) {
      BigDecimal free =
          jdbc
              .query(
                  "select on_hand - reserved from stock where warehouse = ? and sku = ? for update",
                  (rs, n) -> rs.getBigDecimal(1),
                  warehouse,
                  sku)
              .stream()
              .findFirst()
              .orElse(BigDecimal.ZERO);
      available.put(sku, free);
    }
    return available;
  }

  /** Reserves a quantity of a SKU whose row this transaction has locked. */
  public void reserve(String sku, BigDecimal quantity) {
    if (quantity.signum() <= 0) {
      return;
    }
    move(
        "reserved = reserved + ?",
        "on_hand - reserved >= ?",
        sku,
        quantity,
        "cannot reserve " + quantity + " of " + sku + " in " + warehouse);
  }

  /**
   * Takes a shipped quantity of a SKU out of stock: it leaves on-hand and the reservation made for
   * it when its order was allocated.
   */
  public void ship(String sku, BigDecimal quantity) {
    move(
        "on_hand = on_hand - ?, reserved = reserved - ?",
        "reserved >= ?",
        sku,
        quantity,
        "cannot ship " + quantity + " of " + sku + " from " + warehouse + ": not reserved");
  }

  /** Gives back a reservation of a SKU that will no longer ship (a cancelled or reduced line). */
  public void release(String sku, BigDecimal quantity) {
    move(
        "reserved = reserved - ?",
        "reserved >= ?",
        sku,
        quantity,
        "cannot release " + quantity + " of " + sku + " in " + warehouse + ": not reserved");
  }

  /** Adds a received quantity of a SKU to on-hand stock (the row is created when missing). */
  public void receive(String sku, BigDecimal quantity) {
    int updated =
        jdbc.update(
            "update stock set on_hand = on_hand + ? where warehouse = ? and sku = ?",
            quantity,
            warehouse,
            sku);
    if (updated == 0) {
      jdbc.update(
          "insert into stock (warehouse, sku, on_hand, reserved) values (?, ?, ?, 0)",
          warehouse,
          sku,
          quantity);
    }
  }

  /**
   * Applies {@code set} (each ? the quantity) to the SKU's row when {@code guard} (its ? the
   * quantity) holds, which keeps on-hand and reservations from going wrong; fails otherwise.
   */
  private void move(String set, String guard, String sku, BigDecimal quantity, String failure) {
    long placeholders = set.chars().filter(c -> c == '?').count();
    List<Object> args = new ArrayList<>();
    for (long i = 0; i < placeholders; i++) {
      args.add(quantity);
    }
    args.add(warehouse);
    args.add(sku);
    args.add(quantity);
    int updated =
        jdbc.update(
            "update stock set " + set + " where warehouse = ? and sku = ? and " + guard,
            args.toArray());
    if (updated != 1) {
      throw new IllegalStateException(failure);
    }
  }
}
