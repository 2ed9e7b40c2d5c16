package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A PO number the partner already sent is a duplicate: no second order, no second 855. */
class DuplicateOrderTest {

  @Test
  void the_same_po_sent_twice_at_once_makes_one_order_and_one_855_and_records_the_duplicate()
      throws Exception {
    byte[] po = Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi"));
    try (InJvmHub hub = InJvmHub.start("duplicate", null, Map.of())) {
      hub.drop("acme", "first.edi", po);
      hub.drop("acme", "resent.edi", po);
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      assertThat(jdbc.queryForObject("select count(*) from purchase_order", Integer.class))
          .isEqualTo(1);
      assertThat(InJvmHub.files(hub.outbox("acme"), "855-")).hasSize(1);
      assertThat(InJvmHub.files(hub.outbox("acme"), "997-")).hasSize(2);
      assertThat(
              jdbc.queryForList(
                  "select status from inbound_document order by status", String.class))
          .containsExactly("DUPLICATE", "PROCESSED");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from hub_event where kind = 'duplicate-po'", Integer.class))
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from hub_event where kind = 'stage-failed'", Integer.class))
          .isZero();
      assertThat(
              jdbc.queryForObject(
                  "select reserved from stock where sku = 'TL-1001'", Integer.class))
          .as("stock reserved once")
          .isEqualTo(10);
    }
  }
}
