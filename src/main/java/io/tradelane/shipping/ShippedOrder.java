package io.tradelane.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One purchase order in a shipment: its number and date (PRF01, PRF04), where it goes, and its
 * cartons, on pallets or loose; at least one carton. A PO line is shipped in one unit and, when its
 * ordered quantity is given, not beyond it.
 */
public record ShippedOrder(
    String poNumber,
    LocalDate poDate,
    ShipToParty shipTo,
    List<Pallet> pallets,
    List<Carton> looseCartons) {

  public ShippedOrder {
    ModelChecks.require(poNumber, "PO number");
    Objects.requireNonNull(shipTo, "ship-to of PO " + poNumber);
    pallets = List.copyOf(pallets);
    looseCartons = List.copyOf(looseCartons);
    if (pallets.isEmpty() && looseCartons.isEmpty()) {
      throw new IllegalArgumentException("PO " + poNumber + " ships no carton");
    }
    checkLines(poNumber, cartons(pallets, looseCartons));
  }

  /** An order whose cartons are not on pallets. */
  public static ShippedOrder loose(
      String poNumber, LocalDate poDate, ShipToParty shipTo, List<Carton> cartons) {
    return new ShippedOrder(poNumber, poDate, shipTo, List.of(), cartons);
  }

  /** Every carton: those on pallets, pallet by pallet, then the loose ones. */
  public List<Carton> cartons() {
    return cartons(pallets, looseCartons);
  }

  private static List<Carton> cartons(List<Pallet> pallets, List<Carton> loose) {
    List<Carton> all = new ArrayList<>();
    pallets.forEach(p -> all.addAll(p.cartons()));
    all.addAll(loose);
    return all;
  }

  private static void checkLines(String poNumber, List<Carton> cartons) {
    Map<String, PackedItem> first = new HashMap<>();
    Map<String, BigDecimal> shipped = new HashMap<>();
    for (Carton carton : cartons) {
      for (PackedItem item : carton.contents()) {
        PackedItem seen = first.putIfAbsent(item.poLine(), item);
        if (seen != null && !seen.unit().equals(item.unit())) {
          throw new IllegalArgumentException(
              "PO "
                  + poNumber
                  + " line "
                  + item.poLine()
                  + " ships in both "
                  + seen.unit()
                  + " and "
                  + item.unit());
        }
        shipped.merge(item.poLine(), item.quantity(), BigDecimal::add);
      }
    }
    first.forEach(
        (line, item) -> {
          BigDecimal total = shipped.get(line);
          if (item.ordered() != null && total.compareTo(item.ordered()) > 0) {
            throw new IllegalArgumentException(
                "PO "
                    + poNumber
                    + " line "
                    + line
                    + " ships "
                    + AsnSegments.number(total)
                    + " "
                    + item.unit()
                    + ", more than the "
                    + AsnSegments.number(item.ordered())
                    + " ordered");
          }
        });
  }
}
