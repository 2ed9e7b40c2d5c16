package io.tradelane.cpfr;

import io.tradelane.inventory.Catalog;
import io.tradelane.inventory.CatalogItem;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Matches the items a partner names (its item number and/or UPC) to our SKUs within its
 * collaboration arrangement, and keeps a note of each one left out and why, for the record.
 */
final class ScopedItems {

  private final Catalog catalog;
  private final CollaborationArrangement arrangement;
  private final TreeSet<String> skipped = new TreeSet<>();

  ScopedItems(Catalog catalog, CollaborationArrangement arrangement) {
    this.catalog = catalog;
    this.arrangement = arrangement;
  }

  /** Our SKU of the item at the location, or empty (noted) when unknown or out of scope. */
  Optional<String> sku(String buyerItem, String upc, String location) {
    Optional<CatalogItem> item = catalog.match(arrangement.partnerId(), buyerItem, upc);
    if (item.isEmpty()) {
      skipped.add("unknown item " + describe(buyerItem, upc));
      return Optional.empty();
    }
    if (!arrangement.covers(item.get().sku(), location)) {
      skipped.add("out of scope " + item.get().sku() + " at " + location);
      return Optional.empty();
    }
    return Optional.of(item.get().sku());
  }

  /** What was left out, one reason a line, or null when nothing was. */
  String skipped() {
    return skipped.isEmpty() ? null : String.join("\n", skipped);
  }

  private static String describe(String buyerItem, String upc) {
    return (buyerItem != null ? "BP " + buyerItem : "")
        + (buyerItem != null && upc != null ? " / " : "")
        + (upc != null ? "UP " + upc : "");
  }
}
