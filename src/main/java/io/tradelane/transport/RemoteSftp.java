package io.tradelane.transport;

import io.tradelane.partner.Durations;
import io.tradelane.partner.PartnerProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A partner's own SFTP server, as its profile names it ({@code remote.sftp.*}): the hub polls the
 * partner's outbound folder for files to us and writes our documents into its inbound folder.
 *
 * @param host {@code remote.sftp.host}
 * @param port {@code remote.sftp.port}, default 22
 * @param user {@code remote.sftp.user}
 * @param privateKey {@code remote.sftp.private-key-file}: an OpenSSH private key file, relative
 *     paths from the configuration folder; null: the hub's own client key ({@code
 *     <data-dir>/security/sftp-client-key}, generated on the first start, its public half in {@code
 *     sftp-client-key.pub} to hand to partners)
 * @param hostKey {@code remote.sftp.host-key}: the server's public host key as an OpenSSH line
 *     ({@code ssh-ed25519 AAAA...}); required, since the hub checks host keys strictly
 * @param pickUpFolder {@code remote.sftp.pick-up-folder}: where the partner leaves files for us,
 *     relative to the login's home or absolute; default {@code out}
 * @param dropFolder {@code remote.sftp.drop-folder}: where we put documents for the partner;
 *     default {@code in}
 * @param poll {@code remote.sftp.poll}: how often the pick-up folder is listed, default 1m
 */
public record RemoteSftp(
    String host,
    int port,
    String user,
    Path privateKey,
    String hostKey,
    String pickUpFolder,
    String dropFolder,
    Duration poll) {

  private static final String PREFIX = "remote.sftp.";

  /** The partner's SFTP server when its profile says {@code transport = sftp}. */
  public static Optional<RemoteSftp> of(PartnerProfile partner, Path configDir) {
    if (!Transport.of(partner).equals(Transport.SFTP)) {
      return Optional.empty();
    }
    String hostKey = required(partner, "host-key");
    if (hostKey.split("\\s+").length < 2) {
      throw new IllegalStateException(
          "partner "
              + partner.id()
              + ": remote.sftp.host-key must be an OpenSSH public key line (type and key)");
    }
    return Optional.of(
        new RemoteSftp(
            required(partner, "host"),
            Integer.parseInt(partner.setting(PREFIX + "port").orElse("22")),
            required(partner, "user"),
            partner
                .setting(PREFIX + "private-key-file")
                .map(f -> configDir.resolve(f).normalize())
                .orElse(null),
            hostKey,
            partner.setting(PREFIX + "pick-up-folder").orElse("out"),
            partner.setting(PREFIX + "drop-folder").orElse("in"),
            Durations.required(
                partner.setting(PREFIX + "poll").orElse("1m"),
                "partner " + partner.id() + ": remote.sftp.poll")));
  }

  private static String required(PartnerProfile partner, String key) {
    return partner
        .setting(PREFIX + key)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "partner "
                        + partner.id()
                        + ": transport = sftp needs "
                        + PREFIX
                        + key
                        + " in its profile"));
  }

  /** The key type of {@link #hostKey}, e.g. {@code ssh-ed25519}. */
  public String hostKeyType() {
    return hostKey.split("\\s+")[0];
  }

  /** The line of a known_hosts file that accepts this server and no other. */
  public String knownHostsLine() {
    String[] parts = hostKey.split("\\s+");
    String name = port == 22 ? host : "[" + host + "]:" + port;
    return name + " " + parts[0] + " " + parts[1];
  }

  /**
   * The host key algorithms to offer: the one of the known key, so that the server cannot pick
   * another type of key the hub does not know (RSA keys sign with SHA-2 where the server can).
   */
  public String hostKeyAlgorithms() {
    String type = hostKeyType();
    return type.equals("ssh-rsa") ? "rsa-sha2-512,rsa-sha2-256,ssh-rsa" : type;
  }

  /** A folder as a Camel sftp endpoint path: relative folders as they are, absolute with "//". */
  static String endpointPath(String folder) {
    return folder.startsWith("/") ? "/" + folder : folder;
  }
}
