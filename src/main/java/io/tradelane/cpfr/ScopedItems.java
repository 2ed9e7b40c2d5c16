package io.tradelane.cpfr;

import io.tradelane.inventory.Catalog;
import io.tradelane.inventory.CatalogItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Matches the items a partner names (its item number and/or UPC) to our SKUs within its
 * collaboration arrangement, and counts the lines left out by reason (an unknown item, an item or a
 * location outside the arrangement), for the record. Each item is looked up in the catalog once, so
 * a report of millions of lines costs as many lookups as it names items.
 */
final class ScopedItems {

  private final Catalog catalog;
  private final CollaborationArrangement arrangement;
  private final Map<ItemIds, Optional<CatalogItem>> matched = new HashMap<>();
  private final TreeMap<String, Integer> skipped = new TreeMap<>();

  ScopedItems(Catalog catalog, CollaborationArrangement arrangement) {
    this.catalog = catalog;
    this.arrangement = arrangement;
  }

  /** Our SKU of the item at the location, or empty (counted) when unknown or out of scope. */
  Optional<String> sku(String buyerItem, String upc, String location) {
    Optional<CatalogItem> item =
        matched.computeIfAbsent(
            new ItemIds(buyerItem, upc),
            ids -> catalog.match(arrangement.partnerId(), buyerItem, upc));
    if (item.isEmpty()) {
      return skip("unknown item " + describe(buyerItem, upc));
    }
    String sku = item.get().sku();
    if (!arrangement.coversItem(sku)) {
      return skip("out of scope item " + sku);
    }
    if (!arrangement.coversLocation(location)) {
      return skip("out of scope location " + location);
    }
    return Optional.of(sku);
  }

  /** What was left out, one reason a line with its count of lines, or null when nothing was. */
  String skipped() {
    return skipped.isEmpty()
        ? null
        : skipped.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " line)" : " lines)"))
            .collect(Collectors.joining("\n"));
  }

  private Optional<String> skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
    return Optional.empty();
  }

  private static String describe(String buyerItem, String upc) {
    return (buyerItem != null ? "BP " + buyerItem : "")
        + (buyerItem != null && upc != null ? " / " : "")
        + (upc != null ? "UP " + upc : "");
  }
}
