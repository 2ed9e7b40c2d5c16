package io.tradelane.inventory;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Finds our items by a partner's buyer item number or by UPC. */
public final class Catalog {

  private static final String COLUMNS = "select i.sku, i.description, i.upc, i.unit, p.unit_price";
  // from the partner's item number to the item: an outer join fixes the join order, so the
  // indexed lookup must come first (the other way round, every item is read for each match)
  private static final String BY_BUYER_ITEM =
      COLUMNS
          + " from partner_item x join item i on i.sku = x.sku left join price p on p.sku = i.sku"
          + " where x.partner_id = ? and x.buyer_item = ?";
  private static final String BY_UPC =
      COLUMNS + " from item i left join price p on p.sku = i.sku where i.upc = ?";
  private static final RowMapper<CatalogItem> ROW =
      (rs, n) ->
          new CatalogItem(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getBigDecimal(5));

  private final JdbcTemplate jdbc;

  public Catalog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The item a line names: by the partner's buyer item number first, then by UPC. */
  public Optional<CatalogItem> match(String partnerId, String buyerItem, String upc) {
    Optional<CatalogItem> byBuyerItem =
        blank(buyerItem) ? Optional.empty() : first(BY_BUYER_ITEM, partnerId, buyerItem);
    return byBuyerItem.or(() -> blank(upc) ? Optional.empty() : first(BY_UPC, upc));
  }

  private Optional<CatalogItem> first(String sql, Object... args) {
    return jdbc.query(sql, ROW, args).stream().findFirst();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
