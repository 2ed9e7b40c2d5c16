package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.runtime.FreePorts;
import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partners as the console shows them: a viewer reads each profile, secrets only as set, with
 * what looks misconfigured (here a BigBox profile naming a CPFR item we do not sell and giving no
 * acknowledgement deadline; BigBox has no item cross-references in the demo data).
 */
class ConsolePartnersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path config;

  @Test
  void shows_each_partner_profile_and_what_looks_misconfigured() throws Exception {
    InJvmHub.copyConfig(config);
    Path bigbox = config.resolve("partners/bigbox.properties");
    Files.writeString(
        bigbox,
        Files.readString(bigbox)
                .replace("cpfr.items = TL-1004, TL-1005", "cpfr.items = TL-1004, TL-9999")
            + "\nack.deadline = none\nsftp.password = not-shown-anywhere\n");
    int port = FreePorts.next();
    ConsoleClient client = new ConsoleClient(port);
    try (InJvmHub hub =
        InJvmHub.start(
            "console-partners",
            null,
            Map.of(
                "hub.http.port", Integer.toString(port),
                "hub.config-dir", config.toString(),
                "hub.console.admin-password", "first admin's password"))) {
      new ConsoleUsers(hub.jdbc(), java.time.Clock.systemUTC())
          .add("victor", "viewer's password", Role.VIEWER, "test");
      ConsoleClient.Session viewer = client.session("victor", "viewer's password");

      assertThat(client.get("/console/api/partners", null).statusCode()).isEqualTo(401);
      JsonNode partners =
          JSON.readTree(client.get("/console/api/partners", viewer.cookie()).body());
      assertThat(partners.findValuesAsText("id")).containsExactly("acme", "bigbox", "northwind");
      JsonNode acme = partners.get(0);
      assertThat(acme.path("version").asText()).isEqualTo("004010");
      assertThat(acme.path("transport").asText()).isEqualTo("mailbox");
      assertThat(acme.path("cpfr").asBoolean()).isTrue();
      assertThat(acme.path("problems")).isEmpty();

      JsonNode detail =
          JSON.readTree(client.get("/console/api/partners/bigbox", viewer.cookie()).body());
      assertThat(detail.path("version").asText()).isEqualTo("005010");
      assertThat(detail.path("ackDeadline").asText()).isEqualTo("none");
      assertThat(detail.path("settings").path("sftp.password").asText()).isEqualTo("(set)");
      assertThat(detail.toString()).doesNotContain("not-shown-anywhere");
      assertThat(detail.path("problems"))
          .extracting(JsonNode::asText)
          .containsExactly(
              "cpfr.items names TL-9999, not in our catalog",
              "no item cross-references: its documents must name our items by UPC",
              "ack.deadline none: its acknowledgements of what we send are not watched");
      assertThat(client.get("/console/api/partners/nobody", viewer.cookie()).statusCode())
          .isEqualTo(404);
    }
  }
}
