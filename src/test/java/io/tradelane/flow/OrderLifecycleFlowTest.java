package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An 850 taken in leaves its order's history: received, acknowledged, then its lines' states. */
class OrderLifecycleFlowTest {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-20T15:30:00Z"), ZoneOffset.UTC);

  @Test
  void an_order_is_received_acknowledged_and_allocated_with_its_causes() throws Exception {
    try (InJvmHub hub = InJvmHub.start("lifecycle", FIXED, Map.of())) {
      hub.drop(
          "acme",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);

      List<String> history =
          hub.jdbc()
              .queryForList(
                  "select coalesce(cast(line_no as varchar), '-') || ' ' || status || ' ' || cause"
                      + " || ' ' || reference from order_event order by id",
                  String.class);
      assertThat(history)
          .containsExactly(
              "- RECEIVED 850 4500012345",
              "- ACKNOWLEDGED 855 4500012345",
              "1 ALLOCATED 855 4500012345",
              "2 ALLOCATED 855 4500012345",
              "3 ALLOCATED 855 4500012345",
              "- ALLOCATED 855 4500012345");
      assertThat(hub.jdbc().queryForObject("select status from purchase_order", String.class))
          .isEqualTo("ALLOCATED");
    }
  }
}
