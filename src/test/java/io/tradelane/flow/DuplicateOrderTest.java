package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing a partner sends twice is processed twice: a resent interchange (same ISA13) is a
 * duplicate, and a PO number the partner already sent, in a new interchange, makes no second order.
 */
class DuplicateOrderTest {

  private static final Path SAMPLES = Path.of("edi-samples", "850");

  @Test
  void the_same_po_in_a_new_interchange_makes_one_order_and_one_855_and_records_the_duplicate()
      throws Exception {
    String po =
        Files.readString(SAMPLES.resolve("acme-single-po.edi"), StandardCharsets.ISO_8859_1);
    String resent = po.replace("000000101", "000000999");
    try (InJvmHub hub = InJvmHub.start("duplicate-po", null, Map.of())) {
      hub.drop("acme", "first.edi", po.getBytes(StandardCharsets.ISO_8859_1));
      hub.drop("acme", "resent.edi", resent.getBytes(StandardCharsets.ISO_8859_1));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      assertThat(count(jdbc, "select count(*) from purchase_order")).isEqualTo(1);
      assertThat(InJvmHub.files(hub.outbox("acme"), "855-")).hasSize(1);
      assertThat(InJvmHub.files(hub.outbox("acme"), "997-"))
          .as("each interchange acknowledged")
          .hasSize(2);
      assertThat(
              jdbc.queryForList(
                  "select status from inbound_document order by status", String.class))
          .containsExactly("DUPLICATE", "PROCESSED");
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'duplicate-po'"))
          .isEqualTo(1);
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'stage-failed'"))
          .isZero();
      assertThat(count(jdbc, "select reserved from stock where sku = 'TL-1001'"))
          .as("stock reserved once")
          .isEqualTo(10);
    }
  }

  @Test
  void a_resent_interchange_is_a_duplicate_answered_with_ta1_025_and_processed_once()
      throws Exception {
    byte[] interchange = Files.readAllBytes(SAMPLES.resolve("bigbox-single-po.edi"));
    try (InJvmHub hub = InJvmHub.start("duplicate-interchange", null, Map.of())) {
      hub.drop("bigbox", "first.edi", interchange);
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      hub.drop("bigbox", "resent.edi", interchange);
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      assertThat(jdbc.queryForList("select status from interchange order by id", String.class))
          .containsExactly("ACCEPTED", "DUPLICATE");
      assertThat(count(jdbc, "select count(*) from purchase_order")).isEqualTo(1);
      assertThat(InJvmHub.files(hub.outbox("bigbox"), "855-")).hasSize(1);
      assertThat(InJvmHub.files(hub.outbox("bigbox"), "999-"))
          .as("no acknowledgement of the copy's groups")
          .hasSize(1);
      assertThat(InJvmHub.files(hub.outbox("bigbox"), "TA1-"))
          .map(f -> Files.readString(f, StandardCharsets.ISO_8859_1))
          .anyMatch(ta1 -> ta1.contains("|R|025~"))
          .anyMatch(ta1 -> ta1.contains("|A|000~"));
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'duplicate-interchange'"))
          .isEqualTo(1);
    }
  }

  private static int count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
