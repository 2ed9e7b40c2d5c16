package io.tradelane.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/**
 * The keys the hub logs in to partners' SFTP servers with, and the host keys it accepts from them.
 * The hub's own client key (ECDSA P-256, which every SSH server takes) is generated on the first
 * start into {@code <data-dir>/security/sftp-client-key}, readable by the hub's OS user only, with
 * its public half in {@code sftp-client-key.pub} for partners to authorize. Each remote server's
 * known host key, from its partner's profile, is written to {@code
 * <data-dir>/security/known-hosts/<host>-<port>} as the only line of a known_hosts file.
 */
final class SftpClientKeys {

  private final Path securityDir;

  private SftpClientKeys(Path securityDir) {
    this.securityDir = securityDir;
  }

  /** The keys under a security folder, generating the hub's client key when it has none. */
  static SftpClientKeys in(Path securityDir) {
    SftpClientKeys keys = new SftpClientKeys(securityDir);
    keys.ensureClientKey();
    return keys;
  }

  Path clientKey() {
    return securityDir.resolve("sftp-client-key");
  }

  Path privateKeyFor(RemoteSftp server) {
    return server.privateKey() != null ? server.privateKey() : clientKey();
  }

  /** The known_hosts file that accepts the server's key from the profile, and nothing else. */
  Path knownHostsFor(RemoteSftp server) {
    Path file =
        securityDir
            .resolve("known-hosts")
            .resolve(server.host().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + server.port());
    try {
      Files.createDirectories(file.getParent());
      String line = server.knownHostsLine() + "\n";
      if (!Files.exists(file) || !Files.readString(file).equals(line)) {
        Files.writeString(file, line, StandardCharsets.US_ASCII);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void ensureClientKey() {
    Path key = clientKey();
    if (Files.exists(key)) {
      return;
    }
    try {
      Files.createDirectories(securityDir);
      KeyPair pair = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
      Path temp = securityDir.resolve("sftp-client-key.new");
      Files.deleteIfExists(temp);
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (OutputStream out = Files.newOutputStream(temp)) {
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "tradelane", null, out);
      }
      try (OutputStream out = Files.newOutputStream(securityDir.resolve("sftp-client-key.pub"))) {
        OpenSSHKeyPairResourceWriter.INSTANCE.writePublicKey(pair.getPublic(), "tradelane", out);
      }
      Files.move(temp, key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the SFTP client key " + key, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate the SFTP client key", e);
    }
  }
}
