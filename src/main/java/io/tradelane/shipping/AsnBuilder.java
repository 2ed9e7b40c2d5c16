package io.tradelane.shipping;

import io.tradelane.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the 856 that announces a shipment (BSN, the HL levels, CTT), in the hierarchy the
 * partner asks for. The ship-to is given once at the shipment level when all orders go to the same
 * place, otherwise on each order. Every carton and pallet is marked with its SSCC (MAN*GM).
 */
public final class AsnBuilder {

  /** The 856 segments between ST and SE. */
  public List<Segment> build(Shipment shipment, AsnStructure structure) {
    ShipToParty shared = sharedShipTo(shipment);
    List<HlNode> orders = new ArrayList<>();
    for (ShippedOrder order : shipment.orders()) {
      List<HlNode> below =
          structure == AsnStructure.PICK_AND_PACK
              ? packsOf(order, shipment.weightUnit())
              : linesOf(order, shipment.weightUnit());
      orders.add(new HlNode("O", AsnSegments.orderLevel(order, shared == null), below));
    }
    HlNode root = new HlNode("S", AsnSegments.shipmentLevel(shipment, shared), orders);
    List<Segment> body = new ArrayList<>();
    body.add(AsnSegments.bsn(shipment, structure));
    body.addAll(HlNode.flatten(root));
    body.add(AsnSegments.ctt(body));
    return body;
  }

  private static ShipToParty sharedShipTo(Shipment shipment) {
    ShipToParty first = shipment.orders().get(0).shipTo();
    boolean shared = shipment.orders().stream().allMatch(o -> o.shipTo().equals(first));
    return shared ? first : null;
  }

  /** Pick and pack: pallets (tare) holding cartons (pack), then loose cartons; items in each. */
  private static List<HlNode> packsOf(ShippedOrder order, String weightUnit) {
    List<HlNode> nodes = new ArrayList<>();
    for (Pallet pallet : order.pallets()) {
      List<HlNode> cartons = pallet.cartons().stream().map(c -> pack(c, weightUnit)).toList();
      nodes.add(new HlNode("T", AsnSegments.marks(pallet.sscc()), cartons));
    }
    order.looseCartons().forEach(c -> nodes.add(pack(c, weightUnit)));
    return nodes;
  }

  private static HlNode pack(Carton carton, String weightUnit) {
    List<HlNode> items =
        carton.contents().stream()
            .map(i -> new HlNode("I", AsnSegments.item(i, i.quantity()), List.of()))
            .toList();
    return new HlNode("P", AsnSegments.pack(carton, weightUnit), items);
  }

  /** Standard carton: each PO line with its total, the cartons holding it under it. */
  private static List<HlNode> linesOf(ShippedOrder order, String weightUnit) {
    List<HlNode> nodes = new ArrayList<>();
    for (LineTotal line : LineTotal.of(order)) {
      List<HlNode> cartons =
          line.cartons().stream()
              .map(c -> new HlNode("P", AsnSegments.pack(c, weightUnit), List.of()))
              .toList();
      nodes.add(new HlNode("I", AsnSegments.item(line.line(), line.shipped()), cartons));
    }
    return nodes;
  }
}
