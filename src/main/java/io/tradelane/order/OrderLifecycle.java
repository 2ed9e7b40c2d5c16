package io.tradelane.order;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where each order and each of its lines stands, and how it got there: every transition is kept
 * with its time, its cause (the document or event that moved it: {@code 850}, {@code 855}, {@code
 * SHIPMENT}, {@code 860}, ...) and a reference (a PO, shipment or invoice number), so the admin
 * console can show the chain 850, 997, 855, 856, 810 of an order. Called inside the transaction
 * that makes the change, so the history never tells more or less than what happened.
 */
public final class OrderLifecycle {

  /** The states of an order and of a line. */
  public enum Status {
    RECEIVED,
    ACKNOWLEDGED,
    ALLOCATED,
    BACKORDERED,
    PARTLY_SHIPPED,
    SHIPPED,
    INVOICED,
    CANCELLED,
    CLOSED
  }

  /** One transition; {@code lineNo} is null for the order as a whole. */
  public record Event(
      long orderId,
      Integer lineNo,
      Status status,
      String cause,
      String reference,
      String detail,
      Instant at) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public OrderLifecycle(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the first state of an order just stored (its rows start out RECEIVED). */
  public void received(long orderId, String cause, String reference) {
    record(orderId, null, Status.RECEIVED, cause, reference, null);
  }

  /** Moves the order as a whole to {@code status}; nothing is recorded when it is there already. */
  public void order(long orderId, Status status, String cause, String reference, String detail) {
    int changed =
        jdbc.update(
            "update purchase_order set status = ? where id = ? and status <> ?",
            status.name(),
            orderId,
            status.name());
    if (changed > 0) {
      record(orderId, null, status, cause, reference, detail);
    }
  }

  /** Moves one line to {@code status}; nothing is recorded when it is there already. */
  public void line(
      long orderId, int lineNo, Status status, String cause, String reference, String detail) {
    int changed =
        jdbc.update(
            "update order_line set status = ? where order_id = ? and line_no = ? and status <> ?",
            status.name(),
            orderId,
            lineNo,
            status.name());
    if (changed > 0) {
      record(orderId, lineNo, status, cause, reference, detail);
    }
  }

  /**
   * Sets each line's state from its quantities (ordered, allocated, backordered, shipped, invoiced,
   * cancelled), then the order's from its lines', recording each change under this cause.
   */
  public void settle(long orderId, String cause, String reference) {
    List<LineState> lines =
        jdbc.query(
            "select line_no, allocated, backordered, shipped, invoiced from order_line"
                + " where order_id = ? order by line_no",
            (rs, n) ->
                new LineState(
                    rs.getInt(1),
                    lineStatus(
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5))),
            orderId);
    for (LineState line : lines) {
      line(orderId, line.lineNo(), line.status(), cause, reference, null);
    }
    order(
        orderId,
        orderStatus(lines.stream().map(LineState::status).toList()),
        cause,
        reference,
        null);
  }

  /** The whole history of an order, oldest first. */
  public List<Event> history(long orderId) {
    return jdbc.query(
        "select order_id, line_no, status, cause, reference, detail, at from order_event"
            + " where order_id = ? order by id",
        (rs, n) ->
            new Event(
                rs.getLong(1),
                (Integer) rs.getObject(2),
                Status.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant()),
        orderId);
  }

  private record LineState(int lineNo, Status status) {}

  /**
   * A line's state from its quantities: {@code allocated} (reserved, not yet shipped) and {@code
   * backordered} are still to ship; a line with nothing left to ship and nothing shipped was
   * cancelled (by the partner's 860, or rejected or cut at intake).
   */
  static Status lineStatus(
      BigDecimal allocated, BigDecimal backordered, BigDecimal shipped, BigDecimal invoiced) {
    boolean toShip = allocated.signum() > 0 || backordered.signum() > 0;
    if (!toShip) {
      if (shipped.signum() == 0) {
        return Status.CANCELLED;
      }
      return invoiced.compareTo(shipped) >= 0 ? Status.INVOICED : Status.SHIPPED;
    }
    if (shipped.signum() > 0) {
      return Status.PARTLY_SHIPPED;
    }
    return backordered.signum() > 0 ? Status.BACKORDERED : Status.ALLOCATED;
  }

  /** The state of the order as a whole, from its lines' states. */
  static Status orderStatus(List<Status> lines) {
    List<Status> open = lines.stream().filter(s -> s != Status.CANCELLED).toList();
    if (open.isEmpty()) {
      return Status.CANCELLED;
    }
    if (open.stream().allMatch(s -> s == Status.INVOICED)) {
      return Status.CLOSED;
    }
    boolean somethingLeft =
        open.stream()
            .anyMatch(
                s ->
                    s == Status.ALLOCATED
                        || s == Status.BACKORDERED
                        || s == Status.PARTLY_SHIPPED
                        || s == Status.RECEIVED);
    boolean somethingShipped =
        open.stream()
            .anyMatch(
                s -> s == Status.SHIPPED || s == Status.PARTLY_SHIPPED || s == Status.INVOICED);
    if (somethingLeft) {
      if (somethingShipped) {
        return Status.PARTLY_SHIPPED;
      }
      return open.contains(Status.BACKORDERED) ? Status.BACKORDERED : Status.ALLOCATED;
    }
    return open.contains(Status.INVOICED) ? Status.INVOICED : Status.SHIPPED;
  }

  private void record(
      long orderId, Integer lineNo, Status status, String cause, String reference, String detail) {
    jdbc.update(
        "insert into order_event (order_id, line_no, status, cause, reference, detail, at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        orderId,
        lineNo,
        status.name(),
        Objects.requireNonNull(cause, "cause"),
        reference,
        detail == null || detail.length() <= 400 ? detail : detail.substring(0, 397) + "...",
        Timestamp.from(clock.instant()));
  }
}
