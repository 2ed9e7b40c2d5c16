package io.tradelane.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.Delimiters;
import io.tradelane.x12.OutboundInterchange;
import io.tradelane.x12.OutboundSet;
import io.tradelane.x12.OutboundValidator;
import io.tradelane.x12.StaediOpinion;
import io.tradelane.x12.X12Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 856 as it is sent: wrapped by {@link X12Writer}, it passes {@link OutboundValidator} and
 * StAEDI's validating reader (a second, independent opinion on envelope, counts and the 856
 * definition) in 004010 and 005010, and matches the samples in {@code edi-samples/856/}.
 */
class AsnConformanceTest {

  private static final Path SAMPLES = Path.of("edi-samples", "856");
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 21, 14, 30);

  @ParameterizedTest
  @CsvSource({
    "PICK_AND_PACK, 004010",
    "PICK_AND_PACK, 005010",
    "STANDARD_CARTON, 004010",
    "STANDARD_CARTON, 005010"
  })
  void the_856_passes_outbound_validation(AsnStructure structure, String version) {
    for (Shipment shipment :
        List.of(SampleShipments.oneOrderTwoCartons(), SampleShipments.oneOrderOnAPallet())) {
      String text = render(shipment, structure, version);

      assertThat(new OutboundValidator().validate(text)).isEmpty();
    }
  }

  /**
   * The 856s the hub sent in ShipmentFlowTest (a REST and a CSV shipment), as StAEDI reads them.
   */
  @ParameterizedTest
  @CsvSource({
    "856/expected/acme-shipment-rest.edi, 004010",
    "856/expected/acme-shipment-csv.edi, 004010",
    "856/expected/bigbox-shipment-cartons.edi, 005010",
    "chain/3-856.edi, 004010",
    "chain/6-856.edi, 004010"
  })
  void the_856s_the_hub_sent_read_clean_through_staedi(String sample, String version)
      throws Exception {
    String text = Files.readString(Path.of("edi-samples").resolve(sample));

    assertThat(staediErrors(text, version)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "PICK_AND_PACK, 004010",
    "PICK_AND_PACK, 005010",
    "STANDARD_CARTON, 004010",
    "STANDARD_CARTON, 005010"
  })
  void the_856_reads_clean_through_staedi(AsnStructure structure, String version) throws Exception {
    for (Shipment shipment :
        List.of(SampleShipments.oneOrderTwoCartons(), SampleShipments.oneOrderOnAPallet())) {
      String text = render(shipment, structure, version);

      assertThat(staediErrors(text, version)).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "acme-pick-and-pack.edi, PICK_AND_PACK, 004010",
    "bigbox-standard-carton.edi, STANDARD_CARTON, 005010"
  })
  void renders_the_sample_856(String sample, AsnStructure structure, String version)
      throws Exception {
    String text = render(SampleShipments.oneOrderTwoCartons(), structure, version);

    assertThat(text).isEqualTo(Files.readString(SAMPLES.resolve(sample), StandardCharsets.UTF_8));
  }

  @Test
  void rejects_the_bad_sample_with_an_unknown_hl_level() throws Exception {
    String text =
        Files.readString(SAMPLES.resolve("bad-acme-unknown-hl-level.edi"), StandardCharsets.UTF_8);

    assertThat(new OutboundValidator().validate(text))
        .containsExactly(
            "AK5 5: interchange 000000057 from TRADELANEDEMO, group 57, set 0001 (856): one or"
                + " more segments in error",
            "AK3 8: interchange 000000057 from TRADELANEDEMO, group 57, set 0001 (856), segment HL"
                + " at position 14 in loop HL: has data element errors; AK4 7: interchange"
                + " 000000057 from TRADELANEDEMO, group 57, set 0001 (856), segment HL at position"
                + " 14: HL03 is not a code we accept for element 735 ('X')");
    // StAEDI counts segment positions from ISA, we count from ST
    assertThat(staediErrors(text, "004010"))
        .containsExactly("INVALID_CODE_VALUE in segment HL at position 16, element 3");
  }

  /** Acme's delimiters in 004010, bigbox's (with a repetition separator) in 005010. */
  static String render(Shipment shipment, AsnStructure structure, String version) {
    boolean v5010 = version.startsWith("005");
    OutboundSet set = OutboundSet.of("856", "0001", new AsnBuilder().build(shipment, structure));
    OutboundInterchange out =
        new OutboundInterchange(
            "ZZ",
            "TRADELANEDEMO",
            v5010 ? "01" : "ZZ",
            v5010 ? "987654321" : "ACMERETAIL",
            "TRADELANEDEMO",
            v5010 ? "987654321" : "ACMERETAIL",
            version,
            "SH",
            v5010 ? new Delimiters('|', '~', ':', '^') : new Delimiters('*', '~', '>', (char) 0),
            57,
            57,
            AT,
            "P",
            false,
            List.of(set));
    return new X12Writer().write(out);
  }

  private static List<String> staediErrors(String text, String version) throws Exception {
    StaediOpinion.Opinion opinion = StaediOpinion.of(text, "856", version);
    assertThat(opinion.sets()).isEqualTo(1);
    return opinion.errors();
  }
}
