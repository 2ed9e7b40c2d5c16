package io.tradelane.order;

import static io.tradelane.order.OrderLifecycle.Status.ALLOCATED;
import static io.tradelane.order.OrderLifecycle.Status.BACKORDERED;
import static io.tradelane.order.OrderLifecycle.Status.CANCELLED;
import static io.tradelane.order.OrderLifecycle.Status.CLOSED;
import static io.tradelane.order.OrderLifecycle.Status.INVOICED;
import static io.tradelane.order.OrderLifecycle.Status.PARTLY_SHIPPED;
import static io.tradelane.order.OrderLifecycle.Status.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line's state follows from its quantities, an order's from its lines'. */
class OrderLifecycleTest {

  private static OrderLifecycle.Status line(int allocated, int backordered, int shipped, int inv) {
    return OrderLifecycle.lineStatus(
        BigDecimal.valueOf(allocated),
        BigDecimal.valueOf(backordered),
        BigDecimal.valueOf(shipped),
        BigDecimal.valueOf(inv));
  }

  @Test
  void a_line_is_allocated_backordered_shipped_invoiced_or_cancelled_by_its_quantities() {
    assertThat(line(10, 0, 0, 0)).isEqualTo(ALLOCATED);
    assertThat(line(4, 6, 0, 0)).isEqualTo(BACKORDERED);
    assertThat(line(0, 6, 4, 0)).isEqualTo(PARTLY_SHIPPED);
    assertThat(line(0, 6, 4, 4))
        .as("invoiced as far as shipped, more to ship")
        .isEqualTo(PARTLY_SHIPPED);
    assertThat(line(0, 0, 10, 0)).isEqualTo(SHIPPED);
    assertThat(line(0, 0, 10, 6)).as("partly invoiced").isEqualTo(SHIPPED);
    assertThat(line(0, 0, 10, 10)).isEqualTo(INVOICED);
    assertThat(line(0, 0, 0, 0)).as("nothing to ship, nothing shipped").isEqualTo(CANCELLED);
  }

  @Test
  void an_order_takes_the_state_of_its_open_lines() {
    assertThat(OrderLifecycle.orderStatus(List.of(ALLOCATED, ALLOCATED))).isEqualTo(ALLOCATED);
    assertThat(OrderLifecycle.orderStatus(List.of(ALLOCATED, BACKORDERED))).isEqualTo(BACKORDERED);
    assertThat(OrderLifecycle.orderStatus(List.of(SHIPPED, BACKORDERED))).isEqualTo(PARTLY_SHIPPED);
    assertThat(OrderLifecycle.orderStatus(List.of(SHIPPED, CANCELLED))).isEqualTo(SHIPPED);
    assertThat(OrderLifecycle.orderStatus(List.of(INVOICED, SHIPPED))).isEqualTo(INVOICED);
    assertThat(OrderLifecycle.orderStatus(List.of(INVOICED, PARTLY_SHIPPED)))
        .as("invoiced so far, more to ship")
        .isEqualTo(PARTLY_SHIPPED);
    assertThat(OrderLifecycle.orderStatus(List.of(INVOICED, CANCELLED))).isEqualTo(CLOSED);
    assertThat(OrderLifecycle.orderStatus(List.of(CANCELLED, CANCELLED))).isEqualTo(CANCELLED);
  }
}
