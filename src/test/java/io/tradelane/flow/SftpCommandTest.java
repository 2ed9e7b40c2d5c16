package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACME's session as OpenSSH's own {@code sftp} command runs it in batch mode, with a key made by
 * {@code ssh-keygen} and the hub's host key checked strictly: upload under a temporary name and
 * rename, then fetch the 997 and 855; trying to leave the mailbox fails the batch. Skipped, with a
 * message, on a machine without the OpenSSH client ({@code .ci/run} installs Debian's {@code
 * openssh-client} where it can).
 */
class SftpCommandTest {

  @TempDir Path work;

  @Test
  void openssh_sftp_sends_an_850_and_fetches_the_answers() throws Exception {
    Assumptions.assumeTrue(
        onPath("sftp") && onPath("ssh-keygen"),
        "OpenSSH client (sftp, ssh-keygen) not installed: the real sftp command is not driven");
    Path key = work.resolve("acme-key");
    run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "acme", "-f", key.toString()));
    Path config = work.resolve("config");
    InJvmHub.copyConfig(config);
    Path acme = config.resolve("partners/acme.properties");
    Files.writeString(
        acme,
        Files.readString(acme)
            + "\nsftp.authorized-key = "
            + Files.readString(key.resolveSibling("acme-key.pub")).trim()
            + "\n");
    try (InJvmHub hub =
        InJvmHub.start("sftp-command", null, Map.of("hub.config-dir", config.toString()))) {
      Path knownHosts = work.resolve("known_hosts");
      Files.writeString(
          knownHosts,
          "[localhost]:" + hub.sftpPort() + " " + hostKeyLine(hub) + "\n",
          StandardCharsets.US_ASCII);
      Path po = Path.of("edi-samples", "850", "acme-single-po.edi").toAbsolutePath();
      Path downloads = Files.createDirectories(work.resolve("downloads"));

      Result upload =
          sftp(
              hub,
              key,
              knownHosts,
              "put " + po + " in/po.edi.part\nrename in/po.edi.part in/po.edi\n");
      assertThat(upload.exit()).as(upload.output()).isZero();
      await("997 and 855 in out/")
          .atMost(Duration.ofSeconds(30))
          .until(() -> InJvmHub.files(hub.outbox("acme"), "").size() >= 2);
      Result fetch = sftp(hub, key, knownHosts, "lcd " + downloads + "\nget out/*\n");
      assertThat(fetch.exit()).as(fetch.output()).isZero();
      assertThat(InJvmHub.files(downloads, "855-")).hasSize(1);
      assertThat(InJvmHub.files(downloads, "997-")).hasSize(1);
      assertThat(Files.readString(InJvmHub.files(downloads, "855-").get(0))).contains("BAK*00*");

      Files.writeString(hub.outbox("bigbox").resolve("997-secret.edi"), "bigbox only");
      Result escape = sftp(hub, key, knownHosts, "get ../bigbox/out/997-secret.edi\n");
      assertThat(escape.exit()).as(escape.output()).isNotZero();
      assertThat(downloads.resolve("997-secret.edi")).doesNotExist();
    }
  }

  /** The hub's host key as an OpenSSH public key line. */
  private static String hostKeyLine(InJvmHub hub) {
    SimpleGeneratorHostKeyProvider keys =
        new SimpleGeneratorHostKeyProvider(hub.dataDir().resolve("security/sftp-host-key"));
    return PublicKeyEntry.toString(keys.loadKeys(null).iterator().next().getPublic());
  }

  private record Result(int exit, String output) {}

  private Result sftp(InJvmHub hub, Path key, Path knownHosts, String batch) throws Exception {
    Path batchFile = Files.writeString(work.resolve("batch-" + System.nanoTime()), batch);
    return run(
        List.of(
            "sftp",
            "-b",
            batchFile.toString(),
            "-P",
            Integer.toString(hub.sftpPort()),
            "-i",
            key.toString(),
            "-o",
            "StrictHostKeyChecking=yes",
            "-o",
            "UserKnownHostsFile=" + knownHosts,
            "-o",
            "BatchMode=yes",
            "-o",
            "IdentitiesOnly=yes",
            "acme@localhost"));
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(command.get(0) + " did not finish in 60 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (command.get(0).equals("ssh-keygen") && process.exitValue() != 0) {
      throw new IllegalStateException("ssh-keygen failed: " + output);
    }
    return new Result(process.exitValue(), output);
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
