package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a crash between a database commit and the broker's commit leaves behind (an 855 stored but
 * never handed to delivery, an order never published) is finished when the hub starts again, and
 * nothing finished is done again.
 */
class RecoveryTest {

  @Test
  void finishes_work_the_database_shows_unfinished_when_the_hub_starts_again() throws Exception {
    Path dataDir;
    try (InJvmHub hub = InJvmHub.start("recovery", null, Map.of())) {
      dataDir = hub.dataDir();
      hub.drop(
          "acme",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      await().atMost(Duration.ofSeconds(20)).until(() -> published(hub.jdbc()) == 1);
      // the state a crash leaves: the 855 committed but its delivery message lost, the
      // back-office publication not yet done
      hub.jdbc().update("update outbound_document set status = 'PENDING' where doc_type = '855'");
      hub.jdbc().update("update purchase_order set published_at = null");
      Path out855 = InJvmHub.files(hub.outbox("acme"), "855-").get(0);
      Files.delete(out855);
      Files.delete(InJvmHub.files(dataDir.resolve("backoffice").resolve("orders"), "acme-").get(0));
    }

    try (InJvmHub restarted = InJvmHub.start(dataDir, null, Map.of())) {
      JdbcTemplate jdbc = restarted.jdbc();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  published(jdbc) == 1
                      && InJvmHub.files(restarted.outbox("acme"), "855-").size() == 1);
      assertThat(
              jdbc.queryForList("select status from outbound_document order by id", String.class))
          .containsOnly("DELIVERED");
      assertThat(InJvmHub.files(dataDir.resolve("backoffice").resolve("orders"), "acme-"))
          .hasSize(1);
      assertThat(jdbc.queryForObject("select count(*) from purchase_order", Integer.class))
          .isEqualTo(1);
      assertThat(InJvmHub.files(restarted.outbox("acme"), "997-")).as("no second 997").hasSize(1);
    }
  }

  private static int published(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "select count(*) from purchase_order where published_at is not null", Integer.class);
  }
}
