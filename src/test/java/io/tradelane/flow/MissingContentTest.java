package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file whose stored bytes are gone from the content store (deleted, a shared mount missing) is
 * never lost and never half-translated: each attempt fails with an event naming the file, the file
 * stays RECEIVED, the message ends in the dead-letter queue, and once the bytes are back the hub
 * translates it at its next start.
 */
class MissingContentTest {

  @Test
  void a_file_whose_stored_bytes_are_missing_stays_received_and_is_translated_once_they_are_back()
      throws Exception {
    Path dataDir;
    Path stored;
    long id;
    try (InJvmHub hub = InJvmHub.start("missing-content", null, Map.of())) {
      dataDir = hub.dataDir();
      JdbcTemplate jdbc = hub.jdbc();
      hub.camel().getRouteController().stopRoute("x12-translate");
      hub.drop("acme", "po.edi", Files.readAllBytes(Path.of("edi-samples/850/acme-single-po.edi")));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> rows(jdbc) == 1 && !Files.exists(hub.inbox("acme").resolve("po.edi")));
      id = jdbc.queryForObject("select id from inbound_file", Long.class);
      stored =
          dataDir
              .resolve("store/inbound")
              .resolve(jdbc.queryForObject("select store_key from inbound_file", String.class));
    }
    Path aside = Files.move(stored, dataDir.resolve("aside.edi"));

    // the restart hands the RECEIVED file to translation again
    Map<String, String> fastRedelivery =
        Map.of("hub.broker.max-deliveries", "2", "hub.broker.redelivery-delay-ms", "50");
    try (InJvmHub hub = InJvmHub.start(dataDir, null, fastRedelivery)) {
      JdbcTemplate jdbc = hub.jdbc();
      String parked =
          hub.camel()
              .createConsumerTemplate()
              .receiveBody("jms:queue:tradelane.dlq", 30_000, String.class);
      assertThat(parked).isEqualTo(Long.toString(id));
      List<String> failures =
          jdbc.queryForList(
              "select message from hub_event where kind = 'stage-failed'", String.class);
      assertThat(failures)
          .hasSize(2)
          .allMatch(m -> m.contains("inbound file " + id + " (acme/po.edi)"))
          .allMatch(m -> m.contains("is missing"));
      assertThat(jdbc.queryForObject("select status from inbound_file", String.class))
          .isEqualTo("RECEIVED");
      assertThat(jdbc.queryForObject("select count(*) from interchange", Integer.class)).isZero();
    }

    Files.move(aside, stored);
    try (InJvmHub restarted = InJvmHub.start(dataDir, null, Map.of())) {
      assertThat(restarted.awaitOutbox("acme", List.of("997-", "855-"))).hasSize(2);
      assertThat(restarted.jdbc().queryForObject("select status from inbound_file", String.class))
          .isEqualTo("PROCESSED");
    }
  }

  private static int rows(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from inbound_file", Integer.class);
  }
}
