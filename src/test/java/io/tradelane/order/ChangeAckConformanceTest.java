package io.tradelane.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.StaediOpinion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 865s the hub sent in OrderChangeFlowTest (our validator passed them before they left) also
 * read clean through StAEDI's validating reader, envelope and counts included.
 */
class ChangeAckConformanceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme-change-quantities.edi",
        "acme-add-line.edi",
        "acme-cancel-line.edi",
        "bad-acme-change-shipped-line.edi",
        "bad-acme-unknown-po.edi"
      })
  void the_865s_the_hub_sent_read_clean_through_staedi(String sample) throws Exception {
    String text = Files.readString(Path.of("edi-samples", "865").resolve(sample));

    StaediOpinion.Opinion opinion = StaediOpinion.of(text, "865", "004010");

    assertThat(opinion.sets()).isEqualTo(1);
    assertThat(opinion.errors()).isEmpty();
  }
}
