package io.tradelane.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The SSCC value: GS1 mod-10 check digit, construction from prefix and serial, validation.
 *
 * <p>Examples: GS1 Hong Kong's check digit page (https://www.gs1hk.org/CheckDigitCalculator_en.htm)
 * works 6291041500213 through (weights 3 and 1 from the right, sum 57, check digit 3). The SSCC
 * examples are those GS1 documents use with its example prefix 0614141: (00) 0 0614141 123456789 0
 * and (00) 1 0614141 234567890 8 (also the SSCC of GS1's EPC Tag Data Standard example
 * urn:epc:id:sscc:0614141.1234567890). Note that (00) 1 0614141 123456789 has check digit 7, not 0:
 * the 0 belongs to extension digit 0.
 */
class SsccTest {

  @Test
  void computes_the_gs1_check_digit_of_gs1_hong_kongs_worked_example() {
    assertThat(Gs1Digits.checkDigit("629104150021")).isEqualTo(3);
  }

  @Test
  void builds_gs1s_example_ssccs_from_extension_prefix_and_serial() {
    assertThat(Sscc.of(0, "0614141", 123456789L).digits()).isEqualTo("006141411234567890");
    assertThat(Sscc.of(1, "0614141", 234567890L).digits()).isEqualTo("106141412345678908");
    assertThat(Sscc.of(1, "0614141", 123456789L).checkDigit()).isEqualTo(7);
  }

  @Test
  void pads_the_serial_to_the_room_the_prefix_leaves() {
    // check digits worked by hand: 3*19 + 7 = 64, 3*21 + 2 = 65, 3*44 + 29 = 161
    assertThat(Sscc.of(3, "0614141", 42).digits()).isEqualTo("306141410000000426");
    assertThat(Sscc.of(0, "061414", 7).digits()).isEqualTo("006141400000000075");
    assertThat(Sscc.of(0, "061414123456", 9999).digits()).isEqualTo("006141412345699999");
  }

  @Test
  void reads_a_valid_sscc_with_or_without_its_application_identifier() {
    Sscc sscc = Sscc.parse("(00)106141412345678908");
    assertThat(sscc).isEqualTo(new Sscc("106141412345678908"));
    assertThat(sscc.extensionDigit()).isEqualTo(1);
    assertThat(sscc.checkDigit()).isEqualTo(8);
    assertThat(sscc.elementString()).isEqualTo("(00)106141412345678908");
    assertThat(sscc).hasToString("106141412345678908");
  }

  @Test
  void rejects_a_wrong_check_digit() {
    assertThatThrownBy(() -> new Sscc("106141412345678909"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SSCC 106141412345678909 has check digit 9, expected 8");
  }

  @Test
  void rejects_a_wrong_length() {
    assertThatThrownBy(() -> new Sscc("10614141234567890"))
        .hasMessage("SSCC must be 18 digits, got 17: '10614141234567890'");
    assertThatThrownBy(() -> new Sscc(null)).hasMessage("SSCC must be 18 digits, got none");
  }

  @Test
  void rejects_non_digits() {
    assertThatThrownBy(() -> new Sscc("10614141234567890X"))
        .hasMessage("SSCC must be digits only, got '10614141234567890X'");
  }

  @Test
  void rejects_a_company_prefix_outside_6_to_12_digits() {
    assertThatThrownBy(() -> Sscc.of(0, "06141", 1))
        .hasMessage("GS1 company prefix must be 6 to 12 digits, got '06141'");
    assertThatThrownBy(() -> Sscc.of(0, "0614141234567", 1))
        .hasMessage("GS1 company prefix must be 6 to 12 digits, got '0614141234567'");
    assertThatThrownBy(() -> Sscc.of(0, "06141A1", 1))
        .hasMessage("GS1 company prefix must be 6 to 12 digits, got '06141A1'");
  }

  @Test
  void rejects_an_extension_digit_outside_0_to_9() {
    assertThatThrownBy(() -> Sscc.of(10, "0614141", 1))
        .hasMessage("SSCC extension digit must be 0 to 9, got 10");
  }

  @Test
  void rejects_a_serial_too_long_for_the_prefix() {
    assertThatThrownBy(() -> Sscc.of(0, "0614141", 1_000_000_000L))
        .hasMessage(
            "serial reference 1000000000 does not fit in 9 digits (GS1 company prefix 0614141)");
    assertThatThrownBy(() -> Sscc.of(0, "0614141", -1))
        .hasMessage("serial reference -1 does not fit in 9 digits (GS1 company prefix 0614141)");
  }
}
