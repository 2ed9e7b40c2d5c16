package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import io.tradelane.transport.SftpPeer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner on its own SFTP server (Apache MINA SSHD's stock server, not our code): the hub polls
 * the partner's out/ folder and writes its answers into the partner's in/ folder, with the hub's
 * generated client key and the partner's host key checked strictly. The server also plays hostile
 * (names with ../ or a slash in its listing, a link), and is stopped mid-run: deliveries are
 * retried until it is back, or parked as FAILED and replayed, and nothing is lost or doubled.
 */
class RemoteSftpTest {

  private static final Path PO = Path.of("edi-samples", "850", "acme-single-po.edi");
  private static final Path MORE_POS = Path.of("edi-samples", "850", "acme-multi.edi");

  @TempDir Path work;

  @Test
  void polls_the_partners_server_refuses_hostile_names_and_retries_while_it_is_down()
      throws Exception {
    Path dataDir = work.resolve("hub");
    Path root = SftpPeer.folder(work.resolve("peer"));
    Path out = SftpPeer.folder(root.resolve("out"));
    Path in = SftpPeer.folder(root.resolve("in"));
    Files.copy(PO, out.resolve("po.edi"));
    // the hostile part of the listing: ../ names, a name with a slash, a link out of the root
    // (Camel skips names starting with a dot before the hub's guard sees them: not taken, silently)
    Files.writeString(out.resolve("up.edi"), "named ../up.edi in the listing");
    Files.writeString(out.resolve("deep.edi"), "named sub/../../deep.edi in the listing");
    Files.writeString(out.resolve("slash.edi"), "named sub/slash.edi in the listing");
    Path secret = Files.writeString(work.resolve("secret.edi"), "outside the partner's root");
    Files.createSymbolicLink(out.resolve("link.edi"), secret);
    try (SftpPeer peer =
        new SftpPeer(
                root,
                work.resolve("peer-host-key"),
                "tradelane",
                dataDir.resolve("security/sftp-client-key.pub"),
                Map.of(
                    "up.edi",
                    "../up.edi",
                    "deep.edi",
                    "sub/../../deep.edi",
                    "slash.edi",
                    "sub/slash.edi"))
            .start(0)) {
      try (InJvmHub hub = start(dataDir, peer, 100)) {
        JdbcTemplate db = hub.jdbc();
        List<Path> answers = awaitFiles(in, 2);
        assertThat(names(answers))
            .anyMatch(n -> n.startsWith("997-"))
            .anyMatch(n -> n.startsWith("855-"));
        assertThat(Files.readString(answers.get(0))).startsWith("ISA*").contains("BAK*00*");
        await("po.edi deleted from the partner's out/")
            .atMost(Duration.ofSeconds(30))
            .until(() -> !Files.exists(out.resolve("po.edi")));
        assertThat(
                db.queryForList(
                    "select reference from hub_event where kind = 'remote-file-refused'"
                        + " order by reference",
                    String.class))
            .containsExactly("link.edi", "sub/../../deep.edi", "sub/slash.edi");
        assertThat(out.resolve("up.edi")).exists();
        assertThat(out.resolve("deep.edi")).exists();
        assertThat(out.resolve("link.edi")).isSymbolicLink();
        assertThat(secret).hasContent("outside the partner's root");
        assertThat(
                db.queryForList(
                    "select file_name from inbound_file where mailbox = 'acme'", String.class))
            .containsExactly("po.edi");
        assertThat(
                db.queryForList(
                    "select distinct delivered_via from outbound_document", String.class))
            .containsExactly("sftp");

        // the partner's server goes down; six more POs come in meanwhile (by the local drop)
        peer.stop();
        hub.drop("acme", "more.edi", Files.readAllBytes(MORE_POS));
        await("failed attempts recorded")
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    count(db, "select count(*) from hub_event where kind = 'delivery-retry'") >= 2);
        assertThat(count(db, "select count(*) from outbound_document where status = 'PENDING'"))
            .isPositive();
        peer.start();
        // 997 and 855 for the first file; for the second (two interchanges, six POs) two 997s
        // and six 855s
        await("everything delivered once the server is back")
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    count(db, "select count(*) from outbound_document where status = 'DELIVERED'")
                        == 10);
        List<Path> all = InJvmHub.files(in, "");
        assertThat(names(all)).hasSize(10).noneMatch(n -> n.endsWith(".part"));
        assertThat(count(db, "select count(*) from outbound_document")).isEqualTo(10);
        assertThat(count(db, "select max(attempts) from outbound_document")).isPositive();
        assertThat(count(db, "select count(*) from hub_event where kind = 'delivery-failed'"))
            .isZero();
      }
    }
  }

  @Test
  void parks_what_it_cannot_deliver_and_replays_it_once_the_server_is_back() throws Exception {
    Path dataDir = work.resolve("hub");
    Path root = SftpPeer.folder(work.resolve("peer"));
    Path in = SftpPeer.folder(root.resolve("in"));
    SftpPeer.folder(root.resolve("out"));
    try (SftpPeer peer =
        new SftpPeer(
                root,
                work.resolve("peer-host-key"),
                "tradelane",
                dataDir.resolve("security/sftp-client-key.pub"),
                Map.of())
            .start(0)) {
      peer.stop();
      int http = HubApi.freePort();
      try (InJvmHub hub =
          start(dataDir, peer, 2, Map.of("hub.http.port", Integer.toString(http)))) {
        JdbcTemplate db = hub.jdbc();
        hub.drop("acme", "po.edi", Files.readAllBytes(PO));
        await("997 and 855 parked")
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    count(db, "select count(*) from outbound_document where status = 'FAILED'")
                        == 2);
        assertThat(count(db, "select count(*) from hub_event where kind = 'delivery-failed'"))
            .isEqualTo(2);
        assertThat(
                db.queryForList(
                    "select last_error from outbound_document where status = 'FAILED'",
                    String.class))
            .allMatch(error -> !error.isBlank());
        assertThat(in).isEmptyDirectory();

        peer.start();
        HubApi api = new HubApi(hub, http);
        List<Long> parked =
            db.queryForList(
                "select id from outbound_document where status = 'FAILED' order by id", Long.class);
        for (long id : parked) {
          HttpResponse<String> replayed = api.post("/api/outbound/" + id + "/replay", "");
          assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        }
        assertThat(names(awaitFiles(in, 2)))
            .anyMatch(n -> n.startsWith("997-"))
            .anyMatch(n -> n.startsWith("855-"));
        HttpResponse<String> again = api.post("/api/outbound/" + parked.get(0) + "/replay", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(
                api.postWithoutLogin("/api/outbound/" + parked.get(0) + "/replay", "").statusCode())
            .isEqualTo(401);
        assertThat(count(db, "select count(*) from outbound_document where status = 'DELIVERED'"))
            .isEqualTo(2);
        assertThat(count(db, "select count(*) from hub_event where kind = 'delivery-replayed'"))
            .isEqualTo(2);
      }
    }
  }

  private InJvmHub start(Path dataDir, SftpPeer peer, int maxAttempts) throws Exception {
    return start(dataDir, peer, maxAttempts, Map.of());
  }

  private InJvmHub start(Path dataDir, SftpPeer peer, int maxAttempts, Map<String, String> more)
      throws Exception {
    Path config = work.resolve("config");
    InJvmHub.copyConfig(config);
    Path acme = config.resolve("partners/acme.properties");
    Files.writeString(
        acme,
        Files.readString(acme)
            + "\ntransport = sftp\n"
            + "remote.sftp.host = localhost\n"
            + "remote.sftp.port = "
            + peer.port()
            + "\nremote.sftp.user = tradelane\n"
            + "remote.sftp.host-key = "
            + peer.hostKeyLine()
            + "\nremote.sftp.poll = 1s\n");
    Map<String, String> overrides = new HashMap<>(more);
    overrides.put("hub.config-dir", config.toString());
    overrides.put("hub.outbound.retry.max-attempts", Integer.toString(maxAttempts));
    overrides.put("hub.outbound.retry.first-delay", "PT0.3S");
    overrides.put("hub.outbound.retry.max-delay", "PT1S");
    overrides.put("hub.outbound.retry.poll", "200");
    return InJvmHub.start(dataDir, null, overrides);
  }

  /** Waits for {@code count} delivered files (written as .part, then renamed). */
  private static List<Path> awaitFiles(Path folder, int count) {
    await(count + " files in " + folder)
        .atMost(Duration.ofSeconds(60))
        .until(() -> delivered(folder).size() >= count);
    return delivered(folder);
  }

  private static List<Path> delivered(Path folder) {
    return InJvmHub.files(folder, "").stream()
        .filter(f -> !f.getFileName().toString().endsWith(".part"))
        .toList();
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  private static long count(JdbcTemplate db, String sql) {
    Long n = db.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
