package io.tradelane.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partner's invoice.* settings are read as written, and a wrong one fails with its key. */
class InvoiceSettingsTest {

  @TempDir Path dir;

  private PartnerProfile partner(String invoiceLines) throws IOException {
    Files.writeString(
        dir.resolve("shop.properties"),
        "isa.qualifier = ZZ\nisa.id = SHOP\ngs.id = SHOP\nx12.version = 004010\n"
            + "delimiter.element = *\ndelimiter.segment = ~\ndelimiter.component = >\n"
            + invoiceLines);
    return PartnerDirectory.load(dir).byId("shop").orElseThrow();
  }

  @Test
  void defaults_to_per_shipment_net_30_without_charges() throws IOException {
    InvoiceSettings s = InvoiceSettings.of(partner(""));

    assertThat(s.perOrder()).isFalse();
    assertThat(s.termsType()).isEqualTo("01");
    assertThat(s.termsBasis()).isEqualTo("3");
    assertThat(s.netDays()).isEqualTo(30);
    assertThat(s.discountPercent()).isNull();
    assertThat(s.freight()).isNull();
    assertThat(s.taxType()).isNull();
  }

  @Test
  void reads_the_acme_profile_as_shipped() {
    InvoiceSettings s =
        InvoiceSettings.of(
            PartnerDirectory.load(Path.of("config", "partners")).byId("acme").orElseThrow());

    assertThat(s.perOrder()).isFalse();
    assertThat(s.discountPercent()).isEqualByComparingTo("2");
    assertThat(s.discountDays()).isEqualTo(10);
    assertThat(s.freight()).isEqualByComparingTo("15.00");
  }

  @Test
  void refuses_an_unknown_invoicing_unit() throws IOException {
    PartnerProfile p = partner("invoice.per = pallet\n");

    assertThatThrownBy(() -> InvoiceSettings.of(p))
        .hasMessage("partner shop: invoice.per must be shipment or order, not 'pallet'");
  }

  @Test
  void refuses_a_discount_without_its_days() throws IOException {
    PartnerProfile p = partner("invoice.terms.discount-percent = 2\n");

    assertThatThrownBy(() -> InvoiceSettings.of(p))
        .hasMessage(
            "partner shop: invoice.terms.discount-percent and invoice.terms.discount-days go"
                + " together");
  }

  @Test
  void refuses_a_tax_rate_that_is_not_a_number() throws IOException {
    PartnerProfile p = partner("invoice.tax.type = ST\ninvoice.tax.percent = six\n");

    assertThatThrownBy(() -> InvoiceSettings.of(p))
        .hasMessage("partner shop: invoice.tax.percent must be a number, 0 or more, not 'six'");
  }
}
