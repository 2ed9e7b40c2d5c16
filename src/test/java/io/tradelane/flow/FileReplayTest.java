package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.admin.ConsoleClient;
import io.tradelane.admin.ConsoleUsers;
import io.tradelane.admin.Role;
import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file rejected for a cause on our side, replayed from the console once it is fixed: the hub runs
 * under a wrong identity (hub.isa.id), so ACME's PO, addressed to TRADELANEDEMO, is rejected whole.
 * The hub is restarted with its identity right, and an admin replays the file: it is taken in again
 * as a new file linked to the rejected one, and the PO is ordered and answered. A viewer may not
 * replay, a change without the CSRF token is refused, and a file is replayed only once.
 */
class FileReplayTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "first admin's password";

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void an_admin_replays_a_rejected_file_once_its_cause_is_fixed(String database) throws Exception {
    try (TestDatabase db = TestDatabase.start(database)) {
      replay(db);
    }
  }

  private void replay(TestDatabase db) throws Exception {
    Path data = Path.of("target", "hubs", "file-replay-" + System.nanoTime()).toAbsolutePath();
    int port = HubApi.freePort();
    Map<String, String> settings =
        db.settings(
            Map.of(
                "hub.http.port", Integer.toString(port), "hub.console.admin-password", PASSWORD));
    Map<String, String> wrongIdentity = new HashMap<>(settings);
    wrongIdentity.put("hub.isa.id", "SOMEONEELSE");
    try (InJvmHub hub = InJvmHub.start(data, null, wrongIdentity)) {
      hub.drop(
          "acme",
          "po.edi",
          Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      assertThat(hub.jdbc().queryForObject("select status from interchange", String.class))
          .isEqualTo("REJECTED");
    }

    try (InJvmHub hub = InJvmHub.start(data, null, settings)) {
      ConsoleClient console = new ConsoleClient(port);
      ConsoleClient.Session admin = console.session("admin", PASSWORD);
      new ConsoleUsers(hub.jdbc(), Clock.systemUTC())
          .add("victor", "viewer's password", Role.VIEWER, "test");
      ConsoleClient.Session viewer = console.session("victor", "viewer's password");

      JsonNode rejected =
          JSON.readTree(
              console
                  .get("/console/api/files?partner=acme&outcome=rejected", viewer.cookie())
                  .body());
      assertThat(rejected).hasSize(1);
      long file = rejected.get(0).path("id").asLong();
      JsonNode page =
          JSON.readTree(console.get("/console/api/files/" + file, viewer.cookie()).body());
      assertThat(page.path("file_name").asText()).isEqualTo("po.edi");
      assertThat(page.path("outcome").asText()).isEqualTo("REJECTED");
      assertThat(page.path("replayable").asBoolean()).isTrue();
      assertThat(page.path("content").asText()).startsWith("ISA*00*");
      assertThat(page.path("contentTruncated").asBoolean()).isFalse();
      assertThat(page.path("interchanges")).hasSize(1);
      assertThat(page.path("interchanges").get(0).path("status").asText()).isEqualTo("REJECTED");
      assertThat(page.path("documents")).isEmpty();

      String replay = "/console/api/files/" + file + "/replay";
      assertThat(
              console.send("POST", replay, viewer.cookie(), viewer.csrf(), Map.of()).statusCode())
          .as("a viewer replays nothing")
          .isEqualTo(403);
      assertThat(console.send("POST", replay, admin.cookie(), null, Map.of()).statusCode())
          .as("no CSRF token")
          .isEqualTo(403);
      var replayed = console.send("POST", replay, admin.cookie(), admin.csrf(), Map.of());
      assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(201);
      long again = JSON.readTree(replayed.body()).path("file").asLong();
      assertThat(again).isNotEqualTo(file);
      assertThat(JSON.readTree(replayed.body()).path("replayOf").asLong()).isEqualTo(file);

      await("the replayed file processed")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  "PROCESSED"
                      .equals(
                          hub.jdbc()
                              .queryForObject(
                                  "select status from inbound_file where id = ?",
                                  String.class,
                                  again)));
      hub.awaitOutbox("acme", List.of("855-"));
      assertThat(hub.jdbc().queryForList("select po_number from purchase_order", String.class))
          .containsExactly("4500012345");
      JsonNode original =
          JSON.readTree(console.get("/console/api/files/" + file, viewer.cookie()).body());
      assertThat(original.path("outcome").asText())
          .as("the rejection stays on record")
          .isEqualTo("REJECTED");
      assertThat(original.path("replayable").asBoolean()).isFalse();
      assertThat(original.path("replays"))
          .extracting(r -> r.path("id").asLong())
          .containsExactly(again);
      JsonNode copy =
          JSON.readTree(console.get("/console/api/files/" + again, viewer.cookie()).body());
      assertThat(copy.path("replay_of").asLong()).isEqualTo(file);
      assertThat(copy.path("outcome").asText()).isEqualTo("ACCEPTED");
      assertThat(copy.path("documents"))
          .extracting(d -> d.path("type").asText())
          .containsExactly("850");

      assertThat(console.send("POST", replay, admin.cookie(), admin.csrf(), Map.of()).statusCode())
          .as("taken in again already")
          .isEqualTo(409);
      assertThat(
              console
                  .send(
                      "POST",
                      "/console/api/files/" + again + "/replay",
                      admin.cookie(),
                      admin.csrf(),
                      Map.of())
                  .statusCode())
          .as("a processed file")
          .isEqualTo(409);
      assertThat(
              hub.jdbc()
                  .queryForList(
                      "select username || ' ' || action || ' ' || target from audit_log"
                          + " where action = 'file-replay'",
                      String.class))
          .containsExactly("admin file-replay file/" + file);
    }
  }
}
