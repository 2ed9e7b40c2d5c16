package io.tradelane.inventory;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the catalog, price list, partner item numbers and stock from {@code config/catalog.csv},
 * {@code config/item-xref.csv} and {@code config/stock.csv} on the first start, in one transaction.
 * Later starts leave the database as it is: stock moves from then on.
 */
public final class CatalogSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);
  private static final String SEED = "catalog";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public CatalogSeeder(JdbcTemplate jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /** Seeds once; returns whether it did. */
  public boolean seedOnce(Path configDir) {
    return Boolean.TRUE.equals(
        tx.execute(
            status -> {
              Integer done =
                  jdbc.queryForObject(
                      "select count(*) from seed_run where name = ?", Integer.class, SEED);
              if (done != null && done > 0) {
                return false;
              }
              List<Map<String, String>> items = rows(configDir.resolve("catalog.csv"));
              items.forEach(this::insertItem);
              rows(configDir.resolve("item-xref.csv")).forEach(this::insertXref);
              rows(configDir.resolve("stock.csv")).forEach(this::insertStock);
              jdbc.update(
                  "insert into seed_run (name, applied_at) values (?, ?)",
                  SEED,
                  Timestamp.from(Instant.now()));
              LOG.info("Seeded {} items, their prices and stock from {}", items.size(), configDir);
              return true;
            }));
  }

  private void insertItem(Map<String, String> row) {
    jdbc.update(
        "insert into item (sku, description, upc, unit) values (?, ?, ?, ?)",
        row.get("sku"),
        row.get("description"),
        row.get("upc"),
        row.get("unit"));
    jdbc.update(
        "insert into price (sku, unit_price, currency) values (?, ?, ?)",
        row.get("sku"),
        new java.math.BigDecimal(row.get("price")),
        row.get("currency"));
  }

  private void insertXref(Map<String, String> row) {
    jdbc.update(
        "insert into partner_item (partner_id, buyer_item, sku) values (?, ?, ?)",
        row.get("partner"),
        row.get("buyer_item"),
        row.get("sku"));
  }

  private void insertStock(Map<String, String> row) {
    jdbc.update(
        "insert into stock (warehouse, sku, on_hand, reserved) values (?, ?, ?, 0)",
        row.get("warehouse"),
        row.get("sku"),
        new java.math.BigDecimal(row.get("on_hand")));
  }

  static List<Map<String, String>> rows(Path csv) {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(Files.newBufferedReader(csv))) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + csv, e);
    }
  }
}
