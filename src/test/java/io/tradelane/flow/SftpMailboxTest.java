package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.RemoteResourceInfo;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.transport.verification.PromiscuousVerifier;
import net.schmizz.sshj.userauth.UserAuthException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's SFTP session as a standard SSH client (sshj, not ours) runs it: ACME logs in with the
 * password generated on the hub's first start, uploads an 850 under a temporary name and renames
 * it, and downloads the 997 and 855 the hub answers with; it sees only its own mailbox, cannot
 * reach BigBox's by any path, cannot make links, and BigBox's account does not take ACME's
 * password.
 */
class SftpMailboxTest {

  @TempDir Path downloads;

  @Test
  void a_partner_sends_an_850_and_fetches_its_answers_and_sees_nothing_else() throws Exception {
    try (InJvmHub hub = InJvmHub.start("sftp", null, Map.of());
        SSHClient ssh = new SSHClient()) {
      ssh.addHostKeyVerifier(new PromiscuousVerifier());
      ssh.connect("localhost", hub.sftpPort());
      ssh.authPassword("acme", password(hub, "acme"));
      try (SFTPClient sftp = ssh.newSFTPClient()) {
        assertThat(names(sftp.ls("/"))).containsExactlyInAnyOrder("in", "out");

        Path po = Path.of("edi-samples", "850", "acme-single-po.edi");
        sftp.put(po.toString(), "/in/.po.edi.part");
        sftp.rename("/in/.po.edi.part", "/in/po.edi");
        await("997 and 855 in out/")
            .atMost(Duration.ofSeconds(30))
            .until(() -> names(sftp.ls("/out")).size() >= 2);
        List<String> answers = names(sftp.ls("/out"));
        assertThat(answers).anyMatch(n -> n.startsWith("997-")).anyMatch(n -> n.startsWith("855-"));
        String the855 =
            answers.stream().filter(n -> n.startsWith("855-")).findFirst().orElseThrow();
        sftp.get("/out/" + the855, downloads.resolve(the855).toString());
        assertThat(Files.readString(downloads.resolve(the855)))
            .contains("BAK*00*")
            .contains("4500012345");

        // no way out of the mailbox: up from the root is the root again
        assertThat(names(sftp.ls("/.."))).containsExactlyInAnyOrder("in", "out");
        assertThat(names(sftp.ls("/../.."))).containsExactlyInAnyOrder("in", "out");
        assertThatThrownBy(() -> sftp.ls("/../bigbox")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> sftp.ls("/bigbox/out")).isInstanceOf(IOException.class);
        Files.writeString(hub.outbox("bigbox").resolve("997-secret.edi"), "bigbox only");
        assertThatThrownBy(
                () ->
                    sftp.get(
                        "/../bigbox/out/997-secret.edi",
                        downloads.resolve("stolen.edi").toString()))
            .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> sftp.symlink("/in/link", "/../bigbox/out/997-secret.edi"))
            .isInstanceOf(IOException.class);
        assertThat(downloads.resolve("stolen.edi")).doesNotExist();
      }
    }
  }

  @Test
  void a_partner_account_takes_only_its_own_password() throws Exception {
    try (InJvmHub hub = InJvmHub.start("sftp-login", null, Map.of());
        SSHClient ssh = new SSHClient()) {
      ssh.addHostKeyVerifier(new PromiscuousVerifier());
      ssh.connect("localhost", hub.sftpPort());

      assertThatThrownBy(() -> ssh.authPassword("bigbox", password(hub, "acme")))
          .isInstanceOf(UserAuthException.class);
      assertThat(Files.readString(hub.dataDir().resolve("security/sftp-passwords.properties")))
          .as("only hashes are kept for the hub's own use")
          .doesNotContain(password(hub, "acme"))
          .contains("acme=pbkdf2-sha256$");
    }
  }

  private static String password(InJvmHub hub, String partner) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            hub.dataDir().resolve("security/sftp-initial-passwords.properties"))) {
      p.load(in);
    }
    return p.getProperty(partner);
  }

  private static List<String> names(List<RemoteResourceInfo> listing) {
    return listing.stream()
        .map(RemoteResourceInfo::getName)
        .filter(n -> !n.equals(".") && !n.equals(".."))
        .toList();
  }
}
