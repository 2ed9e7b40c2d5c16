package io.tradelane.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.StaediOpinion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 810s the hub sent in ShipmentFlowTest and FulfillmentChainTest (our validator passed them
 * before they left) also read clean through StAEDI's validating reader, envelope and counts
 * included.
 */
class InvoiceConformanceTest {

  @ParameterizedTest
  @CsvSource({
    "810/expected/acme-810-sh-1001.edi, 004010",
    "810/expected/acme-810-sh-1002.edi, 004010",
    "810/expected/bigbox-810-bb-7788001.edi, 005010",
    "chain/4-810.edi, 004010",
    "chain/7-810.edi, 004010"
  })
  void the_810s_the_hub_sent_read_clean_through_staedi(String sample, String version)
      throws Exception {
    String text = Files.readString(Path.of("edi-samples").resolve(sample));

    StaediOpinion.Opinion opinion = StaediOpinion.of(text, "810", version);

    assertThat(opinion.sets()).isEqualTo(1);
    assertThat(opinion.errors()).isEmpty();
  }
}
