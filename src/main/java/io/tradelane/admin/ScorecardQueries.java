package io.tradelane.admin;

import io.tradelane.ack.AckStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scorecard's reads, in SQL that H2 and PostgreSQL both run: the orders received in a period
 * with what became of them, the shipments that carried them, and the partner's acknowledgements of
 * the documents we sent for them. Time comparisons are left to Java (interval arithmetic differs
 * between the two).
 */
final class ScorecardQueries {

  /** One document sent for an order of the period, as the partner acknowledged it (997/999). */
  record Acknowledged(String partnerId, long orderId, long documentId, AckStatus status) {}

  /** Everything the scorecard of a period is computed from. */
  record Facts(
      List<OrderFacts> orders, List<ShipmentFacts> shipments, List<Acknowledged> acknowledged) {}

  private static final String PERIOD = " o.received_at >= ? and o.received_at < ?";

  private static final String ORDERS =
      "select o.id, o.partner_id, o.received_at, o.requested_ship_date,"
          + " (select min(a.delivered_at) from outbound_document a where a.source_kind = 'ORDER'"
          + " and a.source_id = o.id and a.doc_type = '855') as ack_delivered_at,"
          + " (select max(s.shipped_at) from shipment s where s.id in (select p.shipment_id"
          + " from shipment_package p where p.order_id = o.id)) as last_shipped_at,"
          + " (select coalesce(sum(l.quantity - l.cancelled), 0) from order_line l"
          + " where l.order_id = o.id) as ordered,"
          + " (select coalesce(sum(case when l.shipped < l.quantity - l.cancelled then l.shipped"
          + " else l.quantity - l.cancelled end), 0) from order_line l"
          + " where l.order_id = o.id) as filled,"
          + " (select count(*) from order_line l where l.order_id = o.id"
          + " and l.shipped < l.quantity - l.cancelled) as short_lines"
          + " from purchase_order o where"
          + PERIOD
          + " order by o.id";

  private static final String SHIPMENTS =
      "select s.id, s.partner_id, s.received_at, d.delivered_at from shipment s"
          + " left join outbound_document d on d.source_kind = 'SHIPMENT' and d.source_id = s.id"
          + " and d.doc_type = '856' where s.id in (select p.shipment_id from shipment_package p"
          + " join purchase_order o on o.id = p.order_id where"
          + PERIOD
          + ") order by s.id";

  /** The documents sent for an order: 855 (and its replacements), 865, 856, 810. */
  private static final String ACKNOWLEDGED =
      Stream.of(
              "select o.id as order_id, d.id as document_id, d.partner_id, d.ack_status"
                  + " from purchase_order o join outbound_document d"
                  + " on d.source_kind = 'ORDER' and d.source_id = o.id",
              "select o.id, d.id, d.partner_id, d.ack_status from purchase_order o"
                  + " join backorder_release r on r.order_id = o.id join outbound_document d"
                  + " on d.source_kind = 'RELEASE' and d.source_id = r.id",
              "select o.id, d.id, d.partner_id, d.ack_status from purchase_order o"
                  + " join order_change c on c.order_id = o.id join outbound_document d"
                  + " on d.source_kind = 'CHANGE' and d.source_id = c.id",
              "select distinct o.id, d.id, d.partner_id, d.ack_status from purchase_order o"
                  + " join shipment_package p on p.order_id = o.id join outbound_document d"
                  + " on d.source_kind = 'SHIPMENT' and d.source_id = p.shipment_id",
              "select o.id, d.id, d.partner_id, d.ack_status from purchase_order o"
                  + " join invoice v on v.order_id = o.id join outbound_document d"
                  + " on d.source_kind = 'INVOICE' and d.source_id = v.id")
          .map(select -> select + " where" + PERIOD + " and d.ack_status in (?, ?, ?)")
          .reduce((a, b) -> a + " union all " + b)
          .orElseThrow();

  private final JdbcTemplate jdbc;

  ScorecardQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What became of the orders received from {@code from} (inclusive) until {@code until}. */
  Facts read(Instant from, Instant until) {
    Timestamp start = Timestamp.from(from);
    Timestamp end = Timestamp.from(until);
    List<Acknowledged> acknowledged = acknowledged(start, end);
    Set<Long> inError = new HashSet<>();
    acknowledged.stream()
        .filter(a -> a.status() != AckStatus.ACCEPTED)
        .forEach(a -> inError.add(a.orderId()));
    List<OrderFacts> orders =
        jdbc.query(ORDERS, (rs, n) -> order(rs, inError.contains(rs.getLong("id"))), start, end);
    List<ShipmentFacts> shipments =
        jdbc.query(
            SHIPMENTS,
            (rs, n) ->
                new ShipmentFacts(
                    rs.getLong("id"),
                    rs.getString("partner_id"),
                    instant(rs, "received_at"),
                    instant(rs, "delivered_at")),
            start,
            end);
    return new Facts(orders, shipments, acknowledged);
  }

  private List<Acknowledged> acknowledged(Timestamp start, Timestamp end) {
    Object[] period = {
      start,
      end,
      AckStatus.ACCEPTED.name(),
      AckStatus.ACCEPTED_WITH_ERRORS.name(),
      AckStatus.REJECTED.name()
    };
    Object[] args =
        Stream.generate(() -> period).limit(5).flatMap(Stream::of).toArray(Object[]::new);
    return jdbc.query(
        ACKNOWLEDGED,
        (rs, n) ->
            new Acknowledged(
                rs.getString(3), rs.getLong(1), rs.getLong(2), AckStatus.valueOf(rs.getString(4))),
        args);
  }

  private static OrderFacts order(ResultSet rs, boolean documentInError) throws SQLException {
    return new OrderFacts(
        rs.getLong("id"),
        rs.getString("partner_id"),
        instant(rs, "received_at"),
        rs.getObject("requested_ship_date", LocalDate.class),
        instant(rs, "ack_delivered_at"),
        shipDate(rs.getTimestamp("last_shipped_at")),
        rs.getBigDecimal("ordered"),
        rs.getBigDecimal("filled"),
        rs.getInt("short_lines"),
        documentInError);
  }

  /** A ship date as the warehouse gave it (its local time, kept without a zone). */
  private static LocalDate shipDate(Timestamp shippedAt) {
    return shippedAt == null ? null : shippedAt.toLocalDateTime().toLocalDate();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
