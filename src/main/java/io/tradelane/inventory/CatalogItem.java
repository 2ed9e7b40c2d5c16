package io.tradelane.inventory;

import java.math.BigDecimal;

/** An item we sell, with its list price. */
public record CatalogItem(
    String sku, String description, String upc, String unit, BigDecimal price) {}
