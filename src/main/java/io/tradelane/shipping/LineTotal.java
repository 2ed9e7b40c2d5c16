package io.tradelane.shipping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PO line over all the cartons of an order, for the standard carton hierarchy: the line as first
 * packed (its item numbers, unit, ordered quantity), the total shipped and the cartons holding it.
 */
record LineTotal(PackedItem line, BigDecimal shipped, List<Carton> cartons) {

  /** The order's lines in the order they are first packed. */
  static List<LineTotal> of(ShippedOrder order) {
    Map<String, LineTotal> lines = new LinkedHashMap<>();
    for (Carton carton : order.cartons()) {
      for (PackedItem item : carton.contents()) {
        lines.merge(
            item.poLine(), new LineTotal(item, item.quantity(), List.of(carton)), LineTotal::plus);
      }
    }
    return List.copyOf(lines.values());
  }

  private LineTotal plus(LineTotal more) {
    List<Carton> all = new ArrayList<>(cartons);
    more.cartons.stream().filter(c -> !all.contains(c)).forEach(all::add);
    return new LineTotal(line, shipped.add(more.shipped), all);
  }
}
