package io.tradelane.cpfr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the quantities of one sales and stock report as its lines are read, in batches: the lines
 * of one SKU are summed by location and activity until the next SKU starts (an 852 names an item
 * once, in one LIN loop, for all its stores), then written. A SKU met again later is added to what
 * was written for it. Memory holds one SKU's quantities.
 */
final class ActivityRows {

  private static final int BATCH = 1_000;
  private static final String INSERT =
      "insert into product_activity (report_id, sku, location, activity, quantity)"
          + " values (?, ?, ?, ?, ?)";

  /** One quantity of the SKU being read: an activity at a location. */
  private record Key(String location, String activity) {}

  private final JdbcTemplate jdbc;
  private final long reportId;
  private final Set<String> written = new HashSet<>();
  private final Map<Key, BigDecimal> pending = new LinkedHashMap<>();
  private String sku;
  private int rows;

  ActivityRows(JdbcTemplate jdbc, long reportId) {
    this.jdbc = jdbc;
    this.reportId = reportId;
  }

  void add(String sku, String location, String activity, BigDecimal quantity) {
    if (!sku.equals(this.sku)) {
      flush();
      this.sku = sku;
    }
    pending.merge(new Key(location, activity), quantity, BigDecimal::add);
  }

  /** Writes what is pending; returns how many quantities the report holds. */
  int finish() {
    flush();
    return rows;
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    if (written.add(sku)) {
      insert();
    } else {
      pending.forEach(this::addToWritten);
    }
    pending.clear();
  }

  private void insert() {
    List<Object[]> batch = new ArrayList<>(Math.min(BATCH, pending.size()));
    for (Map.Entry<Key, BigDecimal> e : pending.entrySet()) {
      batch.add(
          new Object[] {reportId, sku, e.getKey().location(), e.getKey().activity(), e.getValue()});
      if (batch.size() == BATCH) {
        jdbc.batchUpdate(INSERT, batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      jdbc.batchUpdate(INSERT, batch);
    }
    rows += pending.size();
  }

  private void addToWritten(Key key, BigDecimal quantity) {
    int updated =
        jdbc.update(
            "update product_activity set quantity = quantity + ? where report_id = ? and sku = ?"
                + " and location = ? and activity = ?",
            quantity,
            reportId,
            sku,
            key.location(),
            key.activity());
    if (updated == 0) {
      jdbc.update(INSERT, reportId, sku, key.location(), key.activity(), quantity);
      rows++;
    }
  }
}
