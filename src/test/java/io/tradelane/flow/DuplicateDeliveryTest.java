package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same document handed to delivery several times at once (as redelivered work can do) is
 * written once, and no delivery fails.
 */
class DuplicateDeliveryTest {

  @Test
  void a_document_delivered_several_times_at_once_is_written_once_without_failure()
      throws Exception {
    try (InJvmHub hub =
        InJvmHub.start("duplicate-delivery", null, Map.of("hub.outbound.consumers", "4"))) {
      hub.drop(
          "acme",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      JdbcTemplate jdbc = hub.jdbc();
      long id =
          jdbc.queryForObject(
              "select id from outbound_document where doc_type = '855'", Long.class);
      Path delivered = InJvmHub.files(hub.outbox("acme"), "855-").get(0);
      Files.delete(delivered);
      jdbc.update("update outbound_document set status = 'PENDING' where id = ?", id);

      ProducerTemplate producer = hub.camel().createProducerTemplate();
      for (int i = 0; i < 8; i++) {
        producer.sendBody("jms:queue:tradelane.outbound.deliver", Long.toString(id));
      }

      await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(delivered));
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  jdbc.queryForObject(
                          "select count(*) from hub_event where kind = 'stage-failed'",
                          Integer.class)
                      == 0);
      assertThat(InJvmHub.files(hub.outbox("acme"), "855-")).containsExactly(delivered);
      assertThat(
              jdbc.queryForObject(
                  "select status from outbound_document where id = ?", String.class, id))
          .isEqualTo("DELIVERED");
    }
  }
}
