package io.tradelane.billing;

import io.tradelane.partner.PartnerProfile;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a partner is invoiced, from its profile: {@code invoice.per} ({@code shipment}, the default,
 * or {@code order}), the payment terms of the ITD ({@code invoice.terms.type}, default 01 basic;
 * {@code invoice.terms.basis}, default 3 invoice date; {@code invoice.terms.discount-percent} with
 * {@code invoice.terms.discount-days}; {@code invoice.terms.net-days}, default 30), a freight
 * charge per invoice ({@code invoice.charge.freight}, SAC C D240) and a sales tax ({@code
 * invoice.tax.type} with {@code invoice.tax.percent}, TXI), each optional.
 */
public record InvoiceSettings(
    boolean perOrder,
    String termsType,
    String termsBasis,
    BigDecimal discountPercent,
    Integer discountDays,
    int netDays,
    BigDecimal freight,
    String taxType,
    BigDecimal taxPercent) {

  /** Reads and checks a partner's settings. */
  public static InvoiceSettings of(PartnerProfile partner) {
    String per = partner.setting("invoice.per").orElse("shipment");
    if (!per.equals("shipment") && !per.equals("order")) {
      throw bad(partner, "invoice.per", per, "shipment or order");
    }
    BigDecimal discount = decimal(partner, "invoice.terms.discount-percent").orElse(null);
    Integer discountDays = whole(partner, "invoice.terms.discount-days").orElse(null);
    if ((discount == null) != (discountDays == null)) {
      throw new IllegalStateException(
          "partner "
              + partner.id()
              + ": invoice.terms.discount-percent and invoice.terms.discount-days go together");
    }
    String taxType = partner.setting("invoice.tax.type").orElse(null);
    BigDecimal taxPercent = decimal(partner, "invoice.tax.percent").orElse(null);
    if ((taxType == null) != (taxPercent == null)) {
      throw new IllegalStateException(
          "partner " + partner.id() + ": invoice.tax.type and invoice.tax.percent go together");
    }
    return new InvoiceSettings(
        per.equals("order"),
        code(partner, "invoice.terms.type", "01"),
        code(partner, "invoice.terms.basis", "3"),
        discount,
        discountDays,
        whole(partner, "invoice.terms.net-days").orElse(30),
        decimal(partner, "invoice.charge.freight").orElse(null),
        taxType,
        taxPercent);
  }

  private static String code(PartnerProfile partner, String key, String otherwise) {
    String value = partner.setting(key).orElse(otherwise);
    if (!value.matches("[A-Z0-9]{1,2}")) {
      throw bad(partner, key, value, "a code of one or two letters or digits");
    }
    return value;
  }

  private static Optional<BigDecimal> decimal(PartnerProfile partner, String key) {
    return partner
        .setting(key)
        .map(
            value -> {
              try {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0) {
                  throw bad(partner, key, value, "a number, 0 or more");
                }
                return number;
              } catch (NumberFormatException e) {
                throw bad(partner, key, value, "a number, 0 or more");
              }
            });
  }

  private static Optional<Integer> whole(PartnerProfile partner, String key) {
    return partner
        .setting(key)
        .map(
            value -> {
              try {
                int days = Integer.parseInt(value);
                if (days < 0) {
                  throw bad(partner, key, value, "a number of days, 0 or more");
                }
                return days;
              } catch (NumberFormatException e) {
                throw bad(partner, key, value, "a number of days, 0 or more");
              }
            });
  }

  private static IllegalStateException bad(
      PartnerProfile partner, String key, String value, String expected) {
    return new IllegalStateException(
        "partner " + partner.id() + ": " + key + " must be " + expected + ", not '" + value + "'");
  }
}
