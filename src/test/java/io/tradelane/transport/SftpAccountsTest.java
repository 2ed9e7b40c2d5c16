package io.tradelane.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.partner.PartnerDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SFTP accounts from partner profiles: an Ed25519 key (what ssh-keygen makes by default) logs in
 * its partner and no other, a password is checked against its PBKDF2 hash, and a profile line that
 * is not a key stops the hub with the partner and key named.
 */
class SftpAccountsTest {

  private static final String ACME_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0otYaRY05RuxzYJkF034zSfHRmZchtWIw/3cgE6gKm";
  private static final String OTHER_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDeeT2fG2JlKDg4yNBu7qYdRoAApwAW9rOeK9PJI2k+q";

  @TempDir Path dir;

  private PartnerDirectory partners(String acmeLines) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("partners"));
    String base =
        "isa.qualifier = ZZ\nisa.id = %s\ngs.id = %s\nx12.version = 004010\n"
            + "delimiter.element = *\ndelimiter.segment = ~\ndelimiter.component = >\n";
    Files.writeString(
        folder.resolve("acme.properties"), base.formatted("ACME", "ACME") + acmeLines);
    Files.writeString(folder.resolve("shop.properties"), base.formatted("SHOP", "SHOP"));
    return PartnerDirectory.load(folder);
  }

  private static PublicKey key(String line) throws Exception {
    return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
        .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
  }

  @Test
  void an_ed25519_key_logs_in_its_partner_only() throws Exception {
    SftpAccounts accounts =
        SftpAccounts.of(partners("sftp.authorized-key = " + ACME_KEY + "\n"), dir.resolve("sec"));

    assertThat(accounts.keyMatches("acme", key(ACME_KEY))).isTrue();
    assertThat(accounts.keyMatches("acme", key(OTHER_KEY))).isFalse();
    assertThat(accounts.keyMatches("shop", key(ACME_KEY))).isFalse();
  }

  @Test
  void a_password_is_checked_against_its_hash() throws Exception {
    String hash = SftpPasswords.hash("s3cret pass".toCharArray());
    SftpAccounts accounts =
        SftpAccounts.of(partners("sftp.password-hash = " + hash + "\n"), dir.resolve("sec"));

    assertThat(accounts.passwordMatches("acme", "s3cret pass")).isTrue();
    assertThat(accounts.passwordMatches("acme", "s3cret pas")).isFalse();
    assertThat(accounts.passwordMatches("shop", "s3cret pass")).isFalse();
  }

  @Test
  void refuses_a_key_line_that_is_not_a_key() throws Exception {
    PartnerDirectory partners = partners("sftp.authorized-key = ssh-ed25519 not-base64\n");

    assertThatThrownBy(() -> SftpAccounts.of(partners, dir.resolve("sec")))
        .hasMessage("partner acme: sftp.authorized-key is not an OpenSSH public key");
  }
}
