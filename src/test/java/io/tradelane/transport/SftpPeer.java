package io.tradelane.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * A partner's own SFTP server for tests: Apache MINA SSHD's stock SFTP server (not our code) on a
 * port of its own, one user rooted in a folder, logging in with the key in a public key file (read
 * at each login, so the hub may write it after the peer starts). It can be stopped and started
 * again on the same port with the same host key, and it can play a hostile server: {@code
 * reportedNames} makes its listings report a file under another name (one with {@code ../} or a
 * slash in it).
 */
public final class SftpPeer implements AutoCloseable {

  private final Path root;
  private final Path hostKey;
  private final String user;
  private final Path authorizedKey;
  private final Map<String, String> reportedNames;
  private int port;
  private SshServer server;

  public SftpPeer(
      Path root, Path hostKey, String user, Path authorizedKey, Map<String, String> reportedNames) {
    this.root = root;
    this.hostKey = hostKey;
    this.user = user;
    this.authorizedKey = authorizedKey;
    this.reportedNames = Map.copyOf(reportedNames);
  }

  /** Starts on the given port (0: a free one, kept for later restarts). */
  public SftpPeer start(int wanted) throws IOException {
    SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
    server = SshServer.setUpDefaultServer();
    server.setPort(wanted);
    server.setKeyPairProvider(keys);
    server.setPublickeyAuthenticator(
        (login, key, session) -> login.equals(user) && authorized(key));
    server.setPasswordAuthenticator(null);
    server.setKeyboardInteractiveAuthenticator(null);
    VirtualFileSystemFactory files = new VirtualFileSystemFactory();
    files.setUserHomeDir(user, root);
    server.setFileSystemFactory(files);
    server.setSubsystemFactories(
        List.of(
            new SftpSubsystemFactory.Builder()
                .withFileSystemAccessor(new RenamingListings(reportedNames))
                .build()));
    server.start();
    port = server.getPort();
    return this;
  }

  public SftpPeer start() throws IOException {
    return start(port);
  }

  public void stop() throws IOException {
    server.stop(true);
  }

  public int port() {
    return port;
  }

  /** The server's host key as an OpenSSH public key line, for a partner profile. */
  public String hostKeyLine() {
    KeyPair pair = new SimpleGeneratorHostKeyProvider(hostKey).loadKeys(null).iterator().next();
    return PublicKeyEntry.toString(pair.getPublic());
  }

  private boolean authorized(PublicKey key) {
    try {
      for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(authorizedKey)) {
        if (entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING).equals(key)) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.stop(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stock file operations, except that listings report some names differently. */
  private record RenamingListings(Map<String, String> reportedNames)
      implements SftpFileSystemAccessor {
    @Override
    public void putRemoteFileName(
        SftpSubsystemProxy subsystem, Path path, Buffer buffer, String name, boolean shortName)
        throws IOException {
      SftpFileSystemAccessor.super.putRemoteFileName(
          subsystem, path, buffer, reportedNames.getOrDefault(name, name), shortName);
    }
  }

  /** Makes a folder and returns it. */
  public static Path folder(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
