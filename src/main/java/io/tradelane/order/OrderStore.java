package io.tradelane.order;

import io.tradelane.runtime.GeneratedKeys;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Orders and their lines in the database. */
public final class OrderStore {

  private final JdbcTemplate jdbc;

  public OrderStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The id of the order this partner already sent with this PO number, if any. */
  public Optional<Long> findId(String partnerId, String poNumber) {
    return jdbc
        .queryForList(
            "select id from purchase_order where partner_id = ? and po_number = ?",
            Long.class,
            partnerId,
            poNumber)
        .stream()
        .findFirst();
  }

  /** The order made from an inbound document, if any. */
  public Optional<Long> findIdByDocument(long inboundDocumentId) {
    return jdbc
        .queryForList(
            "select id from purchase_order where inbound_document_id = ?",
            Long.class,
            inboundDocumentId)
        .stream()
        .findFirst();
  }

  /** Inserts an order (its id is ignored) and its lines; returns the new id. */
  public long insert(Order order, long inboundDocumentId) {
    ShipTo s =
        order.shipTo() == null
            ? new ShipTo(null, null, null, null, null, null, null, null)
            : order.shipTo();
    long id =
        GeneratedKeys.insert(
            jdbc,
            "insert into purchase_order (partner_id, po_number, inbound_document_id, po_date, order_type,"
                + " requested_ship_date, currency, ship_to_name, ship_to_id_qualifier, ship_to_id,"
                + " ship_to_address, ship_to_city, ship_to_state, ship_to_postal_code, ship_to_country,"
                + " ack_type, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            order.partnerId(),
            order.poNumber(),
            inboundDocumentId,
            sqlDate(order.poDate()),
            order.orderType(),
            sqlDate(order.requestedShipDate()),
            order.currency(),
            s.name(),
            s.idQualifier(),
            s.id(),
            s.address(),
            s.city(),
            s.state(),
            s.postalCode(),
            s.country(),
            order.ackType(),
            Timestamp.from(order.receivedAt()));
    jdbc.batchUpdate(
        "insert into order_line (order_id, line_no, buyer_line_id, buyer_item, upc, sku, quantity,"
            + " unit, unit_price, our_price, ack_code, ack_quantity, allocated, backordered)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        order.lines().stream()
            .map(
                l ->
                    new Object[] {
                      id,
                      l.lineNo(),
                      l.buyerLineId(),
                      l.buyerItem(),
                      l.upc(),
                      l.sku(),
                      l.quantity(),
                      l.unit(),
                      l.unitPrice(),
                      l.ourPrice(),
                      l.ackCode(),
                      l.ackQuantity(),
                      l.allocated(),
                      l.backordered()
                    })
            .toList());
    return id;
  }

  /** Records that the order was published to the back office. */
  public void published(long id) {
    jdbc.update(
        "update purchase_order set published_at = ? where id = ?",
        Timestamp.from(java.time.Instant.now()),
        id);
  }

  public Order load(long id) {
    List<OrderLine> lines =
        jdbc.query(
            "select line_no, buyer_line_id, buyer_item, upc, sku, quantity, unit, unit_price,"
                + " our_price, ack_code, ack_quantity, allocated, backordered from order_line"
                + " where order_id = ? order by line_no",
            LINE,
            id);
    return jdbc.queryForObject(
        "select id, partner_id, po_number, po_date, order_type, requested_ship_date, currency,"
            + " ship_to_name, ship_to_id_qualifier, ship_to_id, ship_to_address, ship_to_city,"
            + " ship_to_state, ship_to_postal_code, ship_to_country, ack_type, received_at"
            + " from purchase_order where id = ?",
        (rs, n) -> order(rs, lines),
        id);
  }

  private static Order order(ResultSet rs, List<OrderLine> lines) throws SQLException {
    ShipTo shipTo =
        new ShipTo(
            rs.getString(8),
            rs.getString(9),
            rs.getString(10),
            rs.getString(11),
            rs.getString(12),
            rs.getString(13),
            rs.getString(14),
            rs.getString(15));
    return new Order(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        localDate(rs.getDate(4)),
        rs.getString(5),
        localDate(rs.getDate(6)),
        rs.getString(7),
        shipTo,
        rs.getString(16),
        rs.getTimestamp(17).toInstant(),
        lines);
  }

  private static final RowMapper<OrderLine> LINE =
      (rs, n) ->
          new OrderLine(
              rs.getInt(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getBigDecimal(6),
              rs.getString(7),
              rs.getBigDecimal(8),
              rs.getBigDecimal(9),
              rs.getString(10),
              rs.getBigDecimal(11),
              rs.getBigDecimal(12),
              rs.getBigDecimal(13));

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
