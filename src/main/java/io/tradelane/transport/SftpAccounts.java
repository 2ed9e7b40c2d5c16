package io.tradelane.transport;

import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may log in to the SFTP mailboxes: one account per partner, named by its id. A partner logs in
 * with the password whose hash its profile gives ({@code sftp.password-hash}) and/or with the key
 * its profile gives ({@code sftp.authorized-key}, an OpenSSH public key line). A partner whose
 * profile gives neither gets a generated password on the first start, for demos: its hash is kept
 * in {@code <data-dir>/security/sftp-passwords.properties} and the password itself, for the admin
 * to hand over, in {@code sftp-initial-passwords.properties} beside it, readable by the hub's OS
 * user only. Passwords are never logged.
 */
public final class SftpAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(SftpAccounts.class);

  private final Map<String, String> passwordHashes;
  private final Map<String, List<PublicKey>> keys;

  private SftpAccounts(Map<String, String> passwordHashes, Map<String, List<PublicKey>> keys) {
    this.passwordHashes = passwordHashes;
    this.keys = keys;
  }

  /** The accounts of every configured partner, generating demo passwords where none is set. */
  public static SftpAccounts of(PartnerDirectory partners, Path securityDir) {
    Map<String, String> hashes = new TreeMap<>();
    Map<String, List<PublicKey>> keys = new TreeMap<>();
    Properties generated = load(securityDir.resolve("sftp-passwords.properties"));
    Properties handOver = new Properties();
    boolean added = false;
    for (PartnerProfile partner : partners.all()) {
      Optional<String> hash = partner.setting("sftp.password-hash");
      hash.filter(h -> !SftpPasswords.isHash(h))
          .ifPresent(
              h -> {
                throw new IllegalStateException(
                    "partner "
                        + partner.id()
                        + ": sftp.password-hash is not a hash made by"
                        + " io.tradelane.transport.SftpPasswords");
              });
      List<PublicKey> partnerKeys = authorizedKeys(partner);
      if (hash.isPresent()) {
        hashes.put(partner.id(), hash.get());
      } else if (partnerKeys.isEmpty()) {
        String stored = generated.getProperty(partner.id());
        if (stored == null) {
          String password = SftpPasswords.randomPassword();
          stored = SftpPasswords.hash(password.toCharArray());
          generated.setProperty(partner.id(), stored);
          handOver.setProperty(partner.id(), password);
          added = true;
        }
        hashes.put(partner.id(), stored);
      }
      keys.put(partner.id(), partnerKeys);
    }
    if (added) {
      store(generated, securityDir.resolve("sftp-passwords.properties"), "hashes of generated");
      Properties all = load(securityDir.resolve("sftp-initial-passwords.properties"));
      all.putAll(handOver);
      store(all, securityDir.resolve("sftp-initial-passwords.properties"), "generated");
      LOG.info(
          "Generated SFTP passwords for {} (read them in {})",
          handOver.stringPropertyNames(),
          securityDir.resolve("sftp-initial-passwords.properties").toAbsolutePath());
    }
    return new SftpAccounts(hashes, keys);
  }

  /** Whether this partner account logs in with this password. */
  public boolean passwordMatches(String partner, String password) {
    String hash = passwordHashes.get(partner);
    return hash != null && SftpPasswords.matches(password.toCharArray(), hash);
  }

  /** Whether this partner account logs in with this key. */
  public boolean keyMatches(String partner, PublicKey key) {
    return keys.getOrDefault(partner, List.of()).stream()
        .anyMatch(k -> KeyUtils.compareKeys(k, key));
  }

  /** Whether an account of this name exists. */
  public boolean exists(String partner) {
    return passwordHashes.containsKey(partner) || keys.containsKey(partner);
  }

  private static List<PublicKey> authorizedKeys(PartnerProfile partner) {
    List<PublicKey> keys = new ArrayList<>();
    Optional<String> line = partner.setting("sftp.authorized-key");
    if (line.isPresent()) {
      try {
        AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line.get());
        keys.add(entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
      } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
        throw new IllegalStateException(
            "partner " + partner.id() + ": sftp.authorized-key is not an OpenSSH public key", e);
      }
    }
    return keys;
  }

  private static Properties load(Path file) {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return p;
  }

  private static void store(Properties p, Path file, String what) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (!Files.exists(file)) {
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createFile(file);
        }
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        p.store(out, "SFTP passwords of partners: " + what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
