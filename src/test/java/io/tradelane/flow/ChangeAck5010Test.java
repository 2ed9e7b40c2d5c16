package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.StaediOpinion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 005010 partner that takes 865s (BigBox, with {@code orders.change-ack = true} in a copy of the
 * configuration) gets its refused change explained in an MTX (005010's 865 has no MSG): the 865 is
 * valid, so it is sent, not held, and reads clean through StAEDI too.
 */
class ChangeAck5010Test {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-22T11:00:00Z"), ZoneOffset.UTC);

  @TempDir Path config;

  @Test
  void explains_a_refused_change_to_a_5010_partner_in_an_mtx() throws Exception {
    InJvmHub.copyConfig(config);
    Path bigbox = config.resolve("partners/bigbox.properties");
    Files.writeString(
        bigbox,
        Files.readString(bigbox).replace("orders.change-ack = false", "orders.change-ack = true"));
    try (InJvmHub hub =
        InJvmHub.start("change-ack-5010", FIXED, Map.of("hub.config-dir", config.toString()))) {
      hub.drop(
          "bigbox",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "bigbox-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      String unknownPo =
          Files.readString(Path.of("edi-samples", "860", "bigbox-cancel-order.edi"))
              .replace("BCH|01|SA|BB-7788001||1|", "BCH|04|SA|BB-0000000||1|")
              .replace("CTT|0~SE|4|", "POC|1|QD|5||EA~CTT|1~SE|5|");
      hub.drop("bigbox", "change.edi", unknownPo.getBytes(StandardCharsets.US_ASCII));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      await("the 865")
          .atMost(Duration.ofSeconds(30))
          .until(() -> !InJvmHub.files(hub.outbox("bigbox"), "865-").isEmpty());
      String sent = Files.readString(InJvmHub.files(hub.outbox("bigbox"), "865-").get(0));
      assertThat(sent)
          .contains("BCA|00|RJ|BB-0000000||1|20261120~")
          .contains("ACK|IR|5|EA~")
          .contains("MTX|LIN|PO BB-0000000 is unknown~")
          .doesNotContain("MSG|");
      StaediOpinion.Opinion opinion = StaediOpinion.of(sent, "865", "005010");
      assertThat(opinion.sets()).isEqualTo(1);
      assertThat(opinion.errors()).isEmpty();
    }
  }
}
