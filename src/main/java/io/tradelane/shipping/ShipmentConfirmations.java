package io.tradelane.shipping;

import io.tradelane.backoffice.ContentHash;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.inventory.Stock;
import io.tradelane.order.OrderLifecycle;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.GeneratedKeys;
import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the warehouse's shipment confirmations: each is checked against the orders it ships
 * (known order, known line, not more than is allocated to the line), its cartons and pallets get
 * SSCCs, the shipped quantities leave the order lines and the stock, and the 856 goes out, all in
 * one transaction for everything confirmed together: a confirmation with any error is refused as a
 * whole with every error found, and nothing of it is applied. A shipment ID confirmed again with
 * the same content is the same shipment (nothing new happens); with other content it is refused.
 */
public final class ShipmentConfirmations {

  /** Where the follow-up work goes. */
  public record Queues(String outbound, String invoices) {}

  /** A shipment stored (or found stored before) under its ID, with its SSCCs in package order. */
  public record Confirmed(String shipmentId, long id, boolean before, List<String> ssccs) {}

  /** What a confirmation did, and the work to hand on. */
  public record Outcome(List<Confirmed> shipments, List<Dispatch> followUps) {}

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final SsccSerials serials;
  private final Stock stock;
  private final OrderLifecycle lifecycle;
  private final OutboundDocuments outbound;
  private final Queues queues;
  private final Clock clock;

  public ShipmentConfirmations(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      SsccSerials serials,
      Stock stock,
      OrderLifecycle lifecycle,
      OutboundDocuments outbound,
      Queues queues,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.partners = partners;
    this.serials = serials;
    this.stock = stock;
    this.lifecycle = lifecycle;
    this.outbound = outbound;
    this.queues = queues;
    this.clock = clock;
  }

  /**
   * Applies these confirmations, all or none.
   *
   * @param source where they came from, kept with each shipment ("api", a CSV file name)
   * @throws InputRejected with every error found; nothing was applied
   */
  public Outcome confirm(List<ShipmentConfirmation> confirmations, String source) {
    return tx.execute(status -> confirmAll(confirmations, source));
  }

  private Outcome confirmAll(List<ShipmentConfirmation> confirmations, String source) {
    List<String> errors = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    List<Checked> checked = new ArrayList<>();
    List<Confirmed> before = new ArrayList<>();
    for (ShipmentConfirmation confirmation : confirmations) {
      if (!ids.add(confirmation.shipmentId())) {
        errors.add(
            confirmation.origin()
                + ": shipment "
                + confirmation.shipmentId()
                + " is confirmed twice in the same message");
        continue;
      }
      String hash = contentHash(confirmation);
      int errorsBefore = errors.size();
      Optional<Confirmed> stored = stored(confirmation, hash, errors);
      if (stored.isPresent()) {
        before.add(stored.get());
      } else if (errors.size() == errorsBefore) {
        check(confirmation, hash, errors).ifPresent(checked::add);
      }
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    List<Confirmed> done = new ArrayList<>(before);
    List<Dispatch> followUps = new ArrayList<>();
    for (Confirmed found : before) {
      // confirmed again after a crash, perhaps before its follow-ups were handed on: once more
      // (delivery and invoicing do nothing twice)
      outbound
          .pendingFor("SHIPMENT", found.id())
          .forEach(id -> followUps.add(Dispatch.of(queues.outbound(), id)));
      followUps.add(Dispatch.of(queues.invoices(), found.id()));
    }
    for (Checked shipment : checked) {
      Confirmed applied = apply(shipment, source);
      done.add(applied);
      outbound
          .pendingFor("SHIPMENT", applied.id())
          .forEach(id -> followUps.add(Dispatch.of(queues.outbound(), id)));
      followUps.add(Dispatch.of(queues.invoices(), applied.id()));
    }
    return new Outcome(done, followUps);
  }

  /** The shipment already stored under this ID, when its content is the same; else an error. */
  private Optional<Confirmed> stored(
      ShipmentConfirmation confirmation, String hash, List<String> errors) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, content_sha256 from shipment where shipment_ref = ?",
            confirmation.shipmentId());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    long id = ((Number) rows.get(0).get("id")).longValue();
    if (!hash.equals(rows.get(0).get("content_sha256"))) {
      errors.add(
          confirmation.origin()
              + ": shipment "
              + confirmation.shipmentId()
              + " was confirmed before with other content; a shipment cannot be changed once"
              + " its 856 is out");
      return Optional.empty();
    }
    List<String> ssccs =
        jdbc.queryForList(
            "select sscc from shipment_package where shipment_id = ? order by seq",
            String.class,
            id);
    return Optional.of(new Confirmed(confirmation.shipmentId(), id, true, ssccs));
  }

  /** One order line as stored, with what is left to ship. */
  private record Line(
      int lineNo,
      String buyerLineId,
      String buyerItem,
      String upc,
      String sku,
      BigDecimal ordered,
      String unit,
      BigDecimal allocated) {}

  /** An order a shipment ships, locked, with its lines. */
  private record OrderRow(
      long id,
      String poNumber,
      java.time.LocalDate poDate,
      ShipToParty shipTo,
      Map<Integer, Line> lines) {}

  /** A confirmation found right, ready to apply. */
  private record Checked(
      ShipmentConfirmation confirmation,
      String hash,
      PartnerProfile partner,
      Map<String, OrderRow> orders) {}

  private Optional<Checked> check(
      ShipmentConfirmation confirmation, String hash, List<String> errors) {
    int errorsBefore = errors.size();
    Set<String> partnerIds =
        confirmation.packed().stream()
            .map(ShipmentConfirmation.Packed::partner)
            .collect(Collectors.toCollection(TreeSet::new));
    if (partnerIds.size() != 1) {
      errors.add(
          confirmation.origin()
              + ": shipment "
              + confirmation.shipmentId()
              + " ships orders of "
              + (partnerIds.isEmpty() ? "no partner" : "several partners " + partnerIds)
              + "; one shipment (one 856) goes to one partner");
      return Optional.empty();
    }
    String partnerId = partnerIds.iterator().next();
    Optional<PartnerProfile> partner = partners.byId(partnerId);
    if (partner.isEmpty()) {
      errors.add(
          confirmation.packed().get(0).origin()
              + ": partner '"
              + partnerId
              + "' is not configured");
      return Optional.empty();
    }
    if (AsnStructure.forPartner(partner.get()) == AsnStructure.STANDARD_CARTON) {
      confirmation.packed().stream()
          .filter(p -> !p.pallet().isEmpty())
          .findFirst()
          .ifPresent(
              p ->
                  errors.add(
                      p.origin()
                          + ": pallet "
                          + p.pallet()
                          + ": partner "
                          + partnerId
                          + " takes standard carton 856s (shipment / order / item / pack), which"
                          + " have no pallet level to carry its SSCC; confirm the cartons without"
                          + " pallets"));
    }
    Map<String, OrderRow> orders = new LinkedHashMap<>();
    Map<String, List<ShipmentConfirmation.Packed>> byLine = new LinkedHashMap<>();
    Map<String, String> cartonOrder = new LinkedHashMap<>();
    Map<String, String> cartonPallet = new LinkedHashMap<>();
    Map<String, String> palletOrder = new LinkedHashMap<>();
    Map<String, Object> cartonWeight = new LinkedHashMap<>();
    Map<String, Object> cartonTracking = new LinkedHashMap<>();
    for (ShipmentConfirmation.Packed packed : confirmation.packed()) {
      OrderRow order = orders.get(packed.poNumber());
      if (order == null && !orders.containsKey(packed.poNumber())) {
        order = lockOrder(partnerId, packed.poNumber()).orElse(null);
        orders.put(packed.poNumber(), order);
        if (order == null) {
          errors.add(
              packed.origin()
                  + ": order "
                  + packed.poNumber()
                  + " of partner "
                  + partnerId
                  + " is unknown");
        }
      }
      if (order == null) {
        continue;
      }
      if (!order.lines().containsKey(packed.line())) {
        errors.add(
            packed.origin() + ": order " + packed.poNumber() + " has no line " + packed.line());
        continue;
      }
      byLine
          .computeIfAbsent(packed.poNumber() + "\u0000" + packed.line(), k -> new ArrayList<>())
          .add(packed);
      samePlace(
          cartonOrder,
          "carton " + packed.carton(),
          packed.carton(),
          packed.poNumber(),
          "order",
          packed,
          errors);
      samePlace(
          cartonPallet,
          "carton " + packed.carton(),
          packed.carton(),
          packed.pallet(),
          "pallet",
          packed,
          errors);
      sameValue(cartonWeight, packed, "weight", packed.cartonWeight(), errors);
      sameValue(cartonTracking, packed, "tracking number", packed.tracking(), errors);
      if (!packed.pallet().isEmpty()) {
        samePlace(
            palletOrder,
            "pallet " + packed.pallet(),
            packed.pallet(),
            packed.poNumber(),
            "order",
            packed,
            errors);
      }
    }
    byLine.values().forEach(packs -> checkQuantity(orders, packs, errors));
    if (errors.size() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new Checked(confirmation, hash, partner.get(), orders));
  }

  /** A carton's weight or tracking number, given on several of its lines, is the same on each. */
  private static void sameValue(
      Map<String, Object> seen,
      ShipmentConfirmation.Packed packed,
      String what,
      Object value,
      List<String> errors) {
    if (value == null || value.toString().isEmpty()) {
      return;
    }
    Object normal = value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    Object first = seen.putIfAbsent(packed.poNumber() + "\u0000" + packed.carton(), normal);
    if (first != null && !first.equals(normal)) {
      errors.add(
          packed.origin()
              + ": carton "
              + packed.carton()
              + " is given "
              + what
              + " "
              + (normal instanceof BigDecimal d ? d.toPlainString() : normal)
              + " here and "
              + (first instanceof BigDecimal d ? d.toPlainString() : first)
              + " before");
    }
  }

  /** A carton or pallet is in one place only: one order, one pallet (or none). */
  private static void samePlace(
      Map<String, String> seen,
      String what,
      String key,
      String place,
      String kind,
      ShipmentConfirmation.Packed packed,
      List<String> errors) {
    String first = seen.putIfAbsent(key, place);
    if (first != null && !first.equals(place)) {
      errors.add(
          packed.origin()
              + ": "
              + what
              + " is given "
              + kind
              + " '"
              + place
              + "' here and '"
              + first
              + "' before; a "
              + (what.startsWith("carton") ? "carton" : "pallet")
              + " is in one "
              + kind
              + " only");
    }
  }

  private static void checkQuantity(
      Map<String, OrderRow> orders, List<ShipmentConfirmation.Packed> packs, List<String> errors) {
    ShipmentConfirmation.Packed first = packs.get(0);
    Line line = orders.get(first.poNumber()).lines().get(first.line());
    BigDecimal shipping =
        packs.stream()
            .map(ShipmentConfirmation.Packed::quantity)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (shipping.compareTo(line.allocated()) > 0) {
      String where =
          packs.stream().map(ShipmentConfirmation.Packed::origin).collect(Collectors.joining(", "));
      errors.add(
          where
              + ": order "
              + first.poNumber()
              + " line "
              + first.line()
              + " ships "
              + AsnSegments.number(shipping)
              + " "
              + line.unit()
              + ", more than the "
              + AsnSegments.number(line.allocated())
              + " allocated to it and not yet shipped (ordered "
              + AsnSegments.number(line.ordered())
              + ")");
    }
  }

  private Optional<OrderRow> lockOrder(String partnerId, String poNumber) {
    List<OrderRow> found =
        jdbc.query(
            "select id, po_number, po_date, ship_to_name, ship_to_id_qualifier, ship_to_id"
                + " from purchase_order where partner_id = ? and po_number = ? for update",
            (rs, n) ->
                new OrderRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                    shipTo(partnerId, rs.getString(4), rs.getString(5), rs.getString(6)),
                    new LinkedHashMap<>()),
            partnerId,
            poNumber);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    OrderRow order = found.get(0);
    jdbc.query(
        "select line_no, buyer_line_id, buyer_item, upc, sku, quantity, unit, allocated"
            + " from order_line where order_id = ? order by line_no for update",
        rs -> {
          Line line =
              new Line(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBigDecimal(6),
                  rs.getString(7),
                  rs.getBigDecimal(8));
          order.lines().put(line.lineNo(), line);
        },
        order.id());
    return Optional.of(order);
  }

  /** The PO's ship-to; a PO that named none is shipped to the partner, by name. */
  private ShipToParty shipTo(String partnerId, String name, String qualifier, String id) {
    return ShipToParty.ofPo(
        name, qualifier, id, partners.byId(partnerId).map(PartnerProfile::name).orElse(partnerId));
  }

  private Confirmed apply(Checked checked, String source) {
    ShipmentConfirmation c = checked.confirmation();
    PackagePlan plan = PackagePlan.of(c);
    List<Sscc> numbers = serials.next(plan.size(), c.shipmentId());
    long shipmentId =
        GeneratedKeys.insert(
            jdbc,
            "insert into shipment (shipment_ref, partner_id, source, content_sha256, shipped_at,"
                + " carrier_scac, service_level, bill_of_lading, pro_number, weight, weight_unit,"
                + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c.shipmentId(),
            checked.partner().id(),
            source,
            checked.hash(),
            Timestamp.valueOf(c.shippedAt()),
            c.carrierScac(),
            c.serviceLevel(),
            c.billOfLading(),
            c.proNumber(),
            c.weight(),
            c.weightUnit(),
            Timestamp.from(clock.instant()));
    Map<String, String> ssccOf = plan.assign(numbers);
    int seq = 0;
    for (PackagePlan.Package p : plan.packages()) {
      jdbc.update(
          "insert into shipment_package (sscc, shipment_id, order_id, kind, package_ref,"
              + " pallet_sscc, seq, weight, tracking) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          ssccOf.get(p.key()),
          shipmentId,
          checked.orders().get(p.poNumber()).id(),
          p.pallet() ? "P" : "C",
          p.ref(),
          p.palletRef().isEmpty()
              ? null
              : ssccOf.get(PackagePlan.palletKey(p.poNumber(), p.palletRef())),
          ++seq,
          p.pallet() ? null : cartonWeight(c, p),
          p.pallet() ? null : emptyToNull(cartonTracking(c, p)));
    }
    for (ShipmentConfirmation.Packed packed : c.packed()) {
      OrderRow order = checked.orders().get(packed.poNumber());
      String carton = ssccOf.get(PackagePlan.cartonKey(packed.poNumber(), packed.carton()));
      int merged =
          jdbc.update(
              "update shipment_item set quantity = quantity + ? where carton_sscc = ?"
                  + " and order_id = ? and line_no = ?",
              packed.quantity(),
              carton,
              order.id(),
              packed.line());
      if (merged == 0) {
        jdbc.update(
            "insert into shipment_item (carton_sscc, order_id, line_no, quantity)"
                + " values (?, ?, ?, ?)",
            carton,
            order.id(),
            packed.line(),
            packed.quantity());
      }
      jdbc.update(
          "update order_line set shipped = shipped + ?, allocated = allocated - ?"
              + " where order_id = ? and line_no = ?",
          packed.quantity(),
          packed.quantity(),
          order.id(),
          packed.line());
      stock.ship(order.lines().get(packed.line()).sku(), packed.quantity());
    }
    checked.orders().values().forEach(o -> lifecycle.settle(o.id(), "SHIPMENT", c.shipmentId()));
    List<Segment> asn =
        new AsnBuilder()
            .build(shipment(checked, plan, ssccOf), AsnStructure.forPartner(checked.partner()));
    checkSsccs(asn, c.shipmentId());
    outbound.create(
        new OutboundDocuments.Request(
            checked.partner(), "856", "SHIPMENT", shipmentId, "SH", null, List.of(asn)));
    List<String> ssccs = plan.packages().stream().map(p -> ssccOf.get(p.key())).toList();
    return new Confirmed(c.shipmentId(), shipmentId, false, ssccs);
  }

  /** The shipment model the 856 is built from. */
  private static Shipment shipment(Checked checked, PackagePlan plan, Map<String, String> ssccOf) {
    ShipmentConfirmation c = checked.confirmation();
    List<ShippedOrder> orders = new ArrayList<>();
    for (OrderRow order : checked.orders().values()) {
      List<Pallet> pallets = new ArrayList<>();
      List<Carton> loose = new ArrayList<>();
      for (PackagePlan.Package pallet : plan.pallets(order.poNumber())) {
        pallets.add(
            new Pallet(
                ssccOf.get(pallet.key()),
                plan.cartonsOn(order.poNumber(), pallet.ref()).stream()
                    .map(carton -> carton(order, carton, c, ssccOf))
                    .toList()));
      }
      plan.cartonsOn(order.poNumber(), "")
          .forEach(carton -> loose.add(carton(order, carton, c, ssccOf)));
      orders.add(
          new ShippedOrder(order.poNumber(), order.poDate(), order.shipTo(), pallets, loose));
    }
    return new Shipment(
        c.shipmentId(),
        c.shippedAt(),
        c.carrierScac(),
        c.serviceLevel(),
        c.billOfLading(),
        c.proNumber(),
        c.weight(),
        c.weightUnit(),
        orders);
  }

  private static Carton carton(
      OrderRow order,
      PackagePlan.Package carton,
      ShipmentConfirmation c,
      Map<String, String> ssccOf) {
    Map<Integer, BigDecimal> contents = new LinkedHashMap<>();
    c.packed().stream()
        .filter(p -> p.poNumber().equals(order.poNumber()) && p.carton().equals(carton.ref()))
        .forEach(p -> contents.merge(p.line(), p.quantity(), BigDecimal::add));
    List<PackedItem> items = new ArrayList<>();
    contents.forEach(
        (lineNo, quantity) -> {
          Line line = order.lines().get(lineNo);
          items.add(
              new PackedItem(
                  line.buyerLineId() == null ? Integer.toString(lineNo) : line.buyerLineId(),
                  line.buyerItem(),
                  line.upc(),
                  line.sku(),
                  quantity,
                  line.unit(),
                  line.ordered()));
        });
    return new Carton(
        ssccOf.get(carton.key()), items, cartonWeight(c, carton), cartonTracking(c, carton));
  }

  /** The weight the confirmation gives a carton (on any of its lines), or null. */
  private static BigDecimal cartonWeight(ShipmentConfirmation c, PackagePlan.Package carton) {
    return cartonLines(c, carton)
        .map(ShipmentConfirmation.Packed::cartonWeight)
        .filter(w -> w != null)
        .findFirst()
        .orElse(null);
  }

  /** The tracking number the confirmation gives a carton (on any of its lines), or empty. */
  private static String cartonTracking(ShipmentConfirmation c, PackagePlan.Package carton) {
    return cartonLines(c, carton)
        .map(ShipmentConfirmation.Packed::tracking)
        .filter(t -> !t.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static java.util.stream.Stream<ShipmentConfirmation.Packed> cartonLines(
      ShipmentConfirmation c, PackagePlan.Package carton) {
    return c.packed().stream()
        .filter(p -> p.poNumber().equals(carton.poNumber()) && p.carton().equals(carton.ref()));
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  /**
   * Pre-send rule: the SSCCs the 856 marks (MAN*GM) are exactly those handed out to this shipment.
   */
  private void checkSsccs(List<Segment> asn, String shipmentRef) {
    Set<String> marked =
        asn.stream()
            .filter(s -> s.tag().equals("MAN") && s.element(1).equals("GM"))
            .map(s -> s.element(2))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> allocated =
        new TreeSet<>(
            jdbc.queryForList(
                "select number from sscc where shipment_ref = ?", String.class, shipmentRef));
    if (!marked.equals(allocated)) {
      throw new IllegalStateException(
          "856 of shipment "
              + shipmentRef
              + " marks SSCCs "
              + marked
              + " but "
              + allocated
              + " were allocated to it");
    }
  }

  /** SHA-256 of the confirmation's content, where it was read from left out. */
  static String contentHash(ShipmentConfirmation c) {
    StringBuilder text =
        new StringBuilder(
            String.join(
                "|",
                c.shipmentId(),
                c.shippedAt().toString(),
                c.carrierScac(),
                c.serviceLevel(),
                c.billOfLading(),
                c.proNumber(),
                plain(c.weight()),
                c.weightUnit()));
    for (ShipmentConfirmation.Packed p : c.packed()) {
      text.append('\n')
          .append(
              String.join(
                  "|",
                  p.partner(),
                  p.poNumber(),
                  Integer.toString(p.line()),
                  p.carton(),
                  p.pallet(),
                  plain(p.quantity()),
                  p.cartonWeight() == null ? "" : plain(p.cartonWeight()),
                  p.tracking()));
    }
    return ContentHash.of(text.toString());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
