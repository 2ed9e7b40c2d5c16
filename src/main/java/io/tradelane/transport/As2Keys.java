package io.tradelane.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The AS2 keys and certificates, in {@code <data-dir>/security/as2/}:
 *
 * <ul>
 *   <li>{@code keystore.p12}: the hub's private key and certificate (alias {@code hub}, generated
 *       on the first start, self-signed, RSA 2048, two years) and each AS2 partner's certificate
 *       (alias {@code partner-<id>}); its password is {@code hub.as2.keystore-password}, or when
 *       that is empty one generated into {@code keystore.password}, readable by the hub's OS user
 *       only;
 *   <li>{@code export/hub.cer}: the hub's certificate (PEM), to hand to partners;
 *   <li>for a partner whose profile names no certificate ({@code as2.certificate}), a demo key pair
 *       is generated too, its certificate trusted and the partner side exported as {@code
 *       export/<partner>.p12} (alias {@code <partner>}, same password) so that a test peer can be
 *       set up with it. Never use those for a real partner.
 * </ul>
 */
final class As2Keys {

  static final String HUB_ALIAS = "hub";

  private final KeyStore store;
  private final char[] password;

  private As2Keys(KeyStore store, char[] password) {
    this.store = store;
    this.password = password;
  }

  /**
   * Opens (or creates) the keystore and makes sure it holds the hub's key and every AS2 partner's
   * certificate.
   *
   * @param partnerCertificates each AS2 partner's certificate file (PEM or DER), or null for a
   *     generated demo certificate
   */
  static As2Keys open(
      Path securityDir,
      String hubAs2Id,
      String configuredPassword,
      Map<String, Path> partnerCertificates) {
    try {
      Path dir = Files.createDirectories(securityDir.resolve("as2"));
      char[] password = password(dir, configuredPassword);
      Path file = dir.resolve("keystore.p12");
      KeyStore store = KeyStore.getInstance("PKCS12");
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          store.load(in, password);
        }
      } else {
        store.load(null, password);
      }
      As2Keys keys = new As2Keys(store, password);
      boolean changed = false;
      if (!store.containsAlias(HUB_ALIAS)) {
        KeyPair pair = rsa();
        X509Certificate cert = selfSigned(pair, hubAs2Id);
        store.setKeyEntry(HUB_ALIAS, pair.getPrivate(), password, new X509Certificate[] {cert});
        changed = true;
      }
      for (Map.Entry<String, Path> partner : partnerCertificates.entrySet()) {
        changed |= keys.trust(dir, partner.getKey(), partner.getValue());
      }
      if (changed) {
        keys.save(file);
      }
      keys.exportHubCertificate(dir.resolve("export").resolve("hub.cer"));
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the AS2 keystore", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the AS2 keystore", e);
    }
  }

  PrivateKey hubKey() {
    try {
      return (PrivateKey) store.getKey(HUB_ALIAS, password);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the hub's AS2 key", e);
    }
  }

  X509Certificate hubCertificate() {
    return certificate(HUB_ALIAS);
  }

  X509Certificate partnerCertificate(String partnerId) {
    return certificate("partner-" + partnerId);
  }

  /** Every certificate in the keystore, by alias. */
  List<PartnerTransports.HeldCertificate> certificates() {
    List<PartnerTransports.HeldCertificate> all = new ArrayList<>();
    try {
      for (String alias : java.util.Collections.list(store.aliases())) {
        X509Certificate cert = (X509Certificate) store.getCertificate(alias);
        if (cert != null) {
          all.add(
              new PartnerTransports.HeldCertificate(
                  alias, cert.getSubjectX500Principal().getName(), cert.getNotAfter().toInstant()));
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the AS2 keystore", e);
    }
    all.sort(java.util.Comparator.comparing(PartnerTransports.HeldCertificate::alias));
    return all;
  }

  /** Every certificate in the keystore that expires before {@code now + within}. */
  List<String> expiring(Instant now, Duration within) {
    List<String> expiring = new ArrayList<>();
    try {
      for (String alias : java.util.Collections.list(store.aliases())) {
        X509Certificate cert = (X509Certificate) store.getCertificate(alias);
        Instant end = cert.getNotAfter().toInstant();
        if (end.isBefore(now.plus(within))) {
          expiring.add(
              alias
                  + " ("
                  + cert.getSubjectX500Principal().getName()
                  + ") "
                  + (end.isBefore(now) ? "expired on " : "expires on ")
                  + end);
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the AS2 keystore", e);
    }
    return expiring;
  }

  private X509Certificate certificate(String alias) {
    try {
      X509Certificate cert = (X509Certificate) store.getCertificate(alias);
      if (cert == null) {
        throw new IllegalStateException("no AS2 certificate " + alias + " in the keystore");
      }
      return cert;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the AS2 keystore", e);
    }
  }

  /** Trusts a partner's certificate, from its file or generated for a demo partner. */
  private boolean trust(Path dir, String partnerId, Path certificateFile)
      throws IOException, GeneralSecurityException {
    String alias = "partner-" + partnerId;
    if (certificateFile != null) {
      X509Certificate cert;
      try (InputStream in = Files.newInputStream(certificateFile)) {
        cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      }
      if (cert.equals(store.getCertificate(alias))) {
        return false;
      }
      store.setCertificateEntry(alias, cert);
      return true;
    }
    if (store.containsAlias(alias)) {
      return false;
    }
    KeyPair pair = rsa();
    X509Certificate cert = selfSigned(pair, partnerId.toUpperCase(java.util.Locale.ROOT));
    store.setCertificateEntry(alias, cert);
    KeyStore export = KeyStore.getInstance("PKCS12");
    export.load(null, password);
    export.setKeyEntry(partnerId, pair.getPrivate(), password, new X509Certificate[] {cert});
    export.setCertificateEntry(HUB_ALIAS, hubCertificate());
    Path exportDir = Files.createDirectories(dir.resolve("export"));
    try (OutputStream out = Files.newOutputStream(exportDir.resolve(partnerId + ".p12"))) {
      export.store(out, password);
    }
    return true;
  }

  private void save(Path file) throws IOException, GeneralSecurityException {
    Path temp = file.resolveSibling(file.getFileName() + ".new");
    try (OutputStream out = Files.newOutputStream(temp)) {
      store.store(out, password);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private void exportHubCertificate(Path target) throws IOException, GeneralSecurityException {
    Files.createDirectories(target.getParent());
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.US_ASCII)) {
      out.write("-----BEGIN CERTIFICATE-----\n");
      out.write(
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(hubCertificate().getEncoded()));
      out.write("\n-----END CERTIFICATE-----\n");
    }
  }

  private static char[] password(Path dir, String configured) throws IOException {
    if (!configured.isEmpty()) {
      return configured.toCharArray();
    }
    Path file = dir.resolve("keystore.password");
    if (!Files.exists(file)) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, HexFormat.of().formatHex(random));
    }
    return Files.readString(file).trim().toCharArray();
  }

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static X509Certificate selfSigned(KeyPair pair, String commonName)
      throws GeneralSecurityException {
    try {
      X500Name name = new X500Name("CN=" + commonName + ", O=Tradelane demo");
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(730))),
              name,
              pair.getPublic());
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    } catch (org.bouncycastle.operator.OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign the certificate", e);
    }
  }
}
