package io.tradelane.shipping;

import io.tradelane.partner.PartnerProfile;

/**
 * The hierarchy of an 856, as the partner's profile asks for it, with its BSN05 code: pick and pack
 * (shipment, order, tare when cartons are on pallets, pack, item; 0001) or standard carton pack
 * (shipment, order, item, pack; 0002).
 */
public enum AsnStructure {
  /** S / O / T / P / I: each carton under its order (and pallet), the items in it under it. */
  PICK_AND_PACK("0001"),
  /** S / O / I / P: each PO line under its order, the cartons holding it under it. */
  STANDARD_CARTON("0002");

  private final String bsn05;

  AsnStructure(String bsn05) {
    this.bsn05 = bsn05;
  }

  /**
   * The structure a partner's profile asks for with {@code asn.structure}: {@code pick-and-pack}
   * (the default) or {@code standard-carton}.
   */
  public static AsnStructure forPartner(PartnerProfile partner) {
    String value = partner.setting("asn.structure").orElse("pick-and-pack");
    return switch (value) {
      case "pick-and-pack" -> PICK_AND_PACK;
      case "standard-carton" -> STANDARD_CARTON;
      default ->
          throw new IllegalStateException(
              "partner "
                  + partner.id()
                  + ": asn.structure must be pick-and-pack or standard-carton, not '"
                  + value
                  + "'");
    };
  }

  /** The hierarchical structure code, BSN05. */
  public String bsn05() {
    return bsn05;
  }
}
