package io.tradelane.shipping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pallets and cartons of a confirmed shipment, each once, in the order the confirmation first
 * names them: per order, its pallets, then its cartons. A carton or pallet reference is the
 * warehouse's and counts within its order.
 */
final class PackagePlan {

  /** One pallet or carton; {@code palletRef} is the pallet a carton is on, or empty. */
  record Package(String poNumber, boolean pallet, String ref, String palletRef) {
    String key() {
      return pallet ? palletKey(poNumber, ref) : cartonKey(poNumber, ref);
    }
  }

  private final List<Package> packages;

  private PackagePlan(List<Package> packages) {
    this.packages = List.copyOf(packages);
  }

  static PackagePlan of(ShipmentConfirmation confirmation) {
    Map<String, Package> pallets = new LinkedHashMap<>();
    Map<String, Package> cartons = new LinkedHashMap<>();
    for (ShipmentConfirmation.Packed p : confirmation.packed()) {
      if (!p.pallet().isEmpty()) {
        pallets.putIfAbsent(
            palletKey(p.poNumber(), p.pallet()), new Package(p.poNumber(), true, p.pallet(), ""));
      }
      cartons.putIfAbsent(
          cartonKey(p.poNumber(), p.carton()),
          new Package(p.poNumber(), false, p.carton(), p.pallet()));
    }
    List<Package> all = new ArrayList<>();
    List<String> orders =
        confirmation.packed().stream()
            .map(ShipmentConfirmation.Packed::poNumber)
            .distinct()
            .toList();
    for (String po : orders) {
      pallets.values().stream().filter(p -> p.poNumber().equals(po)).forEach(all::add);
      cartons.values().stream().filter(p -> p.poNumber().equals(po)).forEach(all::add);
    }
    return new PackagePlan(all);
  }

  static String palletKey(String poNumber, String ref) {
    return poNumber + "\u0000P\u0000" + ref;
  }

  static String cartonKey(String poNumber, String ref) {
    return poNumber + "\u0000C\u0000" + ref;
  }

  int size() {
    return packages.size();
  }

  List<Package> packages() {
    return packages;
  }

  /** Gives each package the next number, in plan order; returns package key to SSCC digits. */
  Map<String, String> assign(List<Sscc> numbers) {
    if (numbers.size() != packages.size()) {
      throw new IllegalArgumentException(
          numbers.size() + " SSCCs for " + packages.size() + " pallets and cartons");
    }
    Map<String, String> assigned = new LinkedHashMap<>();
    for (int i = 0; i < packages.size(); i++) {
      assigned.put(packages.get(i).key(), numbers.get(i).digits());
    }
    return assigned;
  }

  List<Package> pallets(String poNumber) {
    return packages.stream().filter(p -> p.pallet() && p.poNumber().equals(poNumber)).toList();
  }

  /** The cartons of an order on this pallet; an empty pallet reference: the loose cartons. */
  List<Package> cartonsOn(String poNumber, String palletRef) {
    return packages.stream()
        .filter(p -> !p.pallet() && p.poNumber().equals(poNumber))
        .filter(p -> p.palletRef().equals(palletRef))
        .toList();
  }
}
