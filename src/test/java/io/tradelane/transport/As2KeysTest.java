package io.tradelane.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class As2KeysTest {

  @TempDir Path security;

  @Test
  void generates_the_hub_key_once_and_exports_a_demo_partner_side() throws Exception {
    Map<String, Path> partners = new LinkedHashMap<>();
    partners.put("acme", null);
    As2Keys first = As2Keys.open(security, "TRADELANEDEMO", "", partners);
    As2Keys again = As2Keys.open(security, "TRADELANEDEMO", "", partners);

    assertThat(again.hubCertificate()).isEqualTo(first.hubCertificate());
    assertThat(again.partnerCertificate("acme")).isEqualTo(first.partnerCertificate("acme"));
    assertThat(first.hubCertificate().getSubjectX500Principal().getName())
        .contains("CN=TRADELANEDEMO");
    assertThat(Files.readString(security.resolve("as2/export/hub.cer")))
        .startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Files.getPosixFilePermissions(security.resolve("as2/keystore.password"))).hasSize(2);

    KeyStore export = KeyStore.getInstance("PKCS12");
    char[] password =
        Files.readString(security.resolve("as2/keystore.password")).trim().toCharArray();
    try (var in = Files.newInputStream(security.resolve("as2/export/acme.p12"))) {
      export.load(in, password);
    }
    assertThat(export.isKeyEntry("acme")).isTrue();
    assertThat(export.getCertificate("acme")).isEqualTo(first.partnerCertificate("acme"));
    assertThat(export.getCertificate("hub")).isEqualTo(first.hubCertificate());
  }

  @Test
  void names_the_certificates_that_expire_within_the_warning() {
    Map<String, Path> partners = new LinkedHashMap<>();
    partners.put("acme", null);
    As2Keys keys = As2Keys.open(security, "TRADELANEDEMO", "a password", partners);
    Instant now = Instant.now();

    assertThat(keys.expiring(now, Duration.ofDays(30))).isEmpty();
    // both are valid for two years: 20 days before the end, both are named
    assertThat(keys.expiring(now.plus(Duration.ofDays(710)), Duration.ofDays(30)))
        .hasSize(2)
        .anyMatch(c -> c.startsWith("hub "))
        .anyMatch(c -> c.startsWith("partner-acme "));
    assertThat(keys.expiring(now.plus(Duration.ofDays(800)), Duration.ofDays(30)))
        .allMatch(c -> c.contains("expired on"));
  }
}
