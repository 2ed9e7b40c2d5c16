package io.tradelane.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Service;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SFTP server of the partner mailboxes (Apache MINA SSHD, {@code hub.sftp.port}): each
 * partner logs in as its id ({@link SftpAccounts}) and sees only its own mailbox folder as its
 * root, {@code <data-dir>/mailbox/<partner>/} with its {@code in/} and {@code out/}: a rooted file
 * system, so {@code ..} and absolute paths stay inside it, and links cannot be made. SFTP only: no
 * shell, no commands, no port forwarding. The host key is generated on the first start and kept in
 * {@code <data-dir>/security/sftp-host-key}.
 */
public final class SftpMailboxServer implements Service {

  private static final Logger LOG = LoggerFactory.getLogger(SftpMailboxServer.class);

  private final SshServer server;

  public SftpMailboxServer(
      int port, Path mailboxes, Path securityDir, List<String> partners, SftpAccounts accounts) {
    server = SshServer.setUpDefaultServer();
    server.setPort(port);
    server.setKeyPairProvider(
        new SimpleGeneratorHostKeyProvider(securityDir.resolve("sftp-host-key")));
    server.setPasswordAuthenticator(
        (user, password, session) -> accounts.passwordMatches(user, password));
    server.setPublickeyAuthenticator((user, key, session) -> accounts.keyMatches(user, key));
    server.setKeyboardInteractiveAuthenticator(null);
    server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
    VirtualFileSystemFactory roots = new VirtualFileSystemFactory();
    // no default home: a user without a mailbox of its own has no file system at all
    for (String partner : partners) {
      roots.setUserHomeDir(partner, mailboxes.resolve(partner).toAbsolutePath().normalize());
    }
    server.setFileSystemFactory(roots);
    server.setSubsystemFactories(
        List.of(new SftpSubsystemFactory.Builder().withFileSystemAccessor(new NoLinks()).build()));
    try {
      Files.createDirectories(securityDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SFTP file operations, except making links. */
  private static final class NoLinks implements SftpFileSystemAccessor {
    @Override
    public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink)
        throws IOException {
      throw new AccessDeniedException(link.toString(), null, "links cannot be made in a mailbox");
    }
  }

  @Override
  public void start() {
    try {
      server.start();
      LOG.info("SFTP mailboxes listening on port {}", server.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the SFTP server on port " + server.getPort(), e);
    }
  }

  @Override
  public void stop() {
    try {
      server.stop(true);
    } catch (IOException e) {
      LOG.warn("SFTP server did not stop cleanly", e);
    }
  }

  /** The port it listens on (useful when configured as 0). */
  public int port() {
    return server.getPort();
  }
}
