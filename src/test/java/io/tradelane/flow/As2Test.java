package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.transport.As2Peer;
import io.tradelane.transport.As2PeerReceiver;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ACME over AS2, its side played by phax's as2-lib (an independent AS2 implementation): a signed,
 * encrypted 850 gets a signed MDN whose MIC matches, and becomes an order; a resend of its
 * Message-ID gets the MDN again and no second order. A wrong certificate, an AS2-To that is not us
 * and a tampered payload get negative MDNs and are recorded.
 */
class As2Test {

  private static final Path PO = Path.of("edi-samples", "850", "acme-single-po.edi");
  private static final Path MORE_POS = Path.of("edi-samples", "850", "acme-multi.edi");

  @TempDir Path work;

  @Test
  void takes_a_signed_encrypted_850_answers_a_signed_mdn_and_a_resend_creates_nothing()
      throws Exception {
    try (InJvmHub hub = start()) {
      JdbcTemplate db = hub.jdbc();
      As2Peer acme = peer(hub);
      byte[] po = Files.readAllBytes(PO);

      As2Peer.Sent sent = acme.send(url(hub), "TRADELANEDEMO", po, true, "po-1@acme.example");
      assertThat(sent.response().hasException()).as(sent.response().getAsString()).isFalse();
      assertThat(sent.response().hasMDN()).isTrue();
      assertThat(sent.response().getMDNDisposition()).contains("processed").doesNotContain("error");
      assertThat(sent.response().getMDNVerificationCertificate()).isEqualTo(hubCertificate(hub));
      assertThat(sent.mic()).isEqualTo("match");
      await("the order")
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(db, "select count(*) from purchase_order") == 1);
      assertThat(
              db.queryForList(
                  "select message_id from as2_message where partner_id = 'acme'", String.class))
          .hasSize(1)
          .allMatch(id -> id.contains("po-1@acme.example"));

      As2Peer.Sent again = acme.send(url(hub), "TRADELANEDEMO", po, true, "po-1@acme.example");
      assertThat(again.response().hasMDN()).as(again.response().getAsString()).isTrue();
      assertThat(again.response().getMDNDisposition())
          .contains("processed")
          .doesNotContain("error");
      assertThat(again.mic()).isEqualTo("match");
      assertThat(count(db, "select resent from as2_message")).isEqualTo(1);
      assertThat(count(db, "select count(*) from inbound_file where mailbox = 'acme'"))
          .isEqualTo(1);
      awaitTranslated(db);
      assertThat(count(db, "select count(*) from purchase_order")).isEqualTo(1);
    }
  }

  @Test
  void sends_the_mdn_asynchronously_when_the_partner_asks_for_it() throws Exception {
    List<Map.Entry<String, byte[]>> mdns = new CopyOnWriteArrayList<>();
    HttpServer mdnReceiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    mdnReceiver.createContext(
        "/mdn",
        exchange -> {
          mdns.add(
              Map.entry(
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    mdnReceiver.start();
    try (InJvmHub hub = start()) {
      As2Peer.Sent sent =
          peer(hub)
              .send(
                  url(hub),
                  "TRADELANEDEMO",
                  Files.readAllBytes(PO),
                  true,
                  "async-1@acme.example",
                  "http://localhost:" + mdnReceiver.getAddress().getPort() + "/mdn");
      assertThat(sent.response().hasException()).as(sent.response().getAsString()).isFalse();
      assertThat(sent.response().hasMDN()).as("no MDN in the HTTP answer").isFalse();
      await("the asynchronous MDN").atMost(Duration.ofSeconds(30)).until(() -> !mdns.isEmpty());

      // checked with BouncyCastle's S/MIME classes and Jakarta Mail, not with the hub's code
      Map.Entry<String, byte[]> mdn = mdns.get(0);
      MimeMultipart signed =
          new MimeMultipart(new ByteArrayDataSource(mdn.getValue(), mdn.getKey()));
      SMIMESigned smime = new SMIMESigned(signed);
      SignerInformation signer = smime.getSignerInfos().getSigners().iterator().next();
      assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(hubCertificate(hub))))
          .isTrue();
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      smime.getContent().writeTo(report);
      assertThat(report.toString(StandardCharsets.US_ASCII))
          .contains("Original-Message-ID: <async-1@acme.example>")
          .containsPattern(
              "Disposition: automatic-action/MDN-sent-automatically; ?processed\\r?\\n");
      await("the order")
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(hub.jdbc(), "select count(*) from purchase_order") == 1);
    } finally {
      mdnReceiver.stop(0);
    }
  }

  @Test
  void alerts_on_certificates_that_expire_within_the_warning() throws Exception {
    // the generated certificates are valid for two years: with a warning of 800 days, all are due
    try (InJvmHub hub = start(HubApi.freePort(), Map.of("hub.as2.certificate-warning", "800d"))) {
      await("certificate alerts")
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  count(
                          hub.jdbc(),
                          "select count(*) from hub_event where kind = 'certificate-expiring'")
                      == 3);
      assertThat(
              hub.jdbc()
                  .queryForList(
                      "select message from hub_event where kind = 'certificate-expiring'",
                      String.class))
          .anyMatch(m -> m.startsWith("AS2 certificate hub (") && m.contains("CN=TRADELANEDEMO"))
          .anyMatch(m -> m.contains("partner-acme"))
          .anyMatch(m -> m.contains("partner-northwind"));
    }
    // restarted with the default warning (30 days): no new alert
    try (InJvmHub hub = start()) {
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  count(
                          hub.jdbc(),
                          "select count(*) from hub_event where kind = 'certificate-expiring'")
                      == 3);
    }
  }

  @Test
  void refuses_a_wrong_certificate_another_as2_to_and_a_tampered_payload() throws Exception {
    try (InJvmHub hub = start()) {
      JdbcTemplate db = hub.jdbc();
      byte[] po = Files.readAllBytes(PO);

      // signed with a key of ACME's name that the hub does not know
      As2Peer impostor =
          new As2Peer(
              keystore(hub, "impostor.p12", stranger("ACMEAS2"), hubCertificate(hub)),
              password(hub),
              "ACMEAS2",
              "acme");
      As2Peer.Sent forged = impostor.send(url(hub), "TRADELANEDEMO", po, true, null);
      assertThat(forged.response().hasMDN()).as(forged.response().getAsString()).isTrue();
      assertThat(forged.response().getMDNDisposition()).contains("error");

      // encrypted for a certificate that is not ours: the hub cannot decrypt it
      As2Peer misencrypting =
          new As2Peer(
              keystore(
                  hub, "misencrypting.p12", acme(hub), stranger("TRADELANEDEMO").certificate()),
              password(hub),
              "ACMEAS2",
              "acme");
      assertThat(
              misencrypting
                  .send(url(hub), "TRADELANEDEMO", po, true, null)
                  .response()
                  .getMDNDisposition())
          .contains("error: decryption-failed");

      // a sender the hub has no AS2 partner for
      As2Peer unknown =
          new As2Peer(
              keystore(hub, "unknown.p12", acme(hub), hubCertificate(hub)),
              password(hub),
              "STRANGERAS2",
              "acme");
      assertThat(
              unknown
                  .send(url(hub), "TRADELANEDEMO", po, true, null)
                  .response()
                  .getMDNDisposition())
          .contains("error");

      As2Peer acme = peer(hub);
      As2Peer.Sent misaddressed = acme.send(url(hub), "SOMEONEELSE", po, true, null);
      assertThat(misaddressed.response().getMDNDisposition()).contains("error");

      // a genuine message, replayed with its encrypted payload changed on the way
      As2Peer.Sent genuine = acme.send(url(hub), "TRADELANEDEMO", po, true, "genuine@acme.example");
      assertThat(genuine.response().getMDNDisposition()).doesNotContain("error");
      byte[] body = genuine.requestBody().clone();
      int middle = body.length / 2;
      body[middle] = (byte) (body[middle] == 'A' ? 'B' : 'A');
      HttpRequest.Builder tampered =
          HttpRequest.newBuilder(URI.create(url(hub)))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      Set<String> restricted = Set.of("content-length", "connection", "host", "expect");
      genuine
          .requestHeaders()
          .forEach(
              (name, value) -> {
                if (!restricted.contains(name.toLowerCase())) {
                  tampered.header(
                      name,
                      name.equalsIgnoreCase("message-id") ? "<tampered@acme.example>" : value);
                }
              });
      HttpResponse<String> answer =
          HttpClient.newHttpClient().send(tampered.build(), HttpResponse.BodyHandlers.ofString());
      // a negative MDN, or when the payload cannot even be read, an HTTP error without an MDN
      assertThat(answer.statusCode() >= 500 || answer.body().contains("processed/error"))
          .as(answer.statusCode() + " " + answer.body())
          .isTrue();

      await("five refusals recorded")
          .atMost(Duration.ofSeconds(10))
          .until(() -> count(db, "select count(*) from hub_event where kind = 'as2-refused'") == 5);
      assertThat(
              db.queryForList(
                  "select message from hub_event where kind = 'as2-refused' order by id",
                  String.class))
          .anyMatch(m -> m.contains("SOMEONEELSE"))
          .anyMatch(m -> m.contains("decryption-failed"))
          .anyMatch(m -> m.contains("'STRANGERAS2'"))
          .anyMatch(m -> m.contains("could not be read"));
      awaitTranslated(db);
      // the genuine message is the only one taken in
      assertThat(db.queryForList("select po_number from purchase_order", String.class))
          .containsExactly("4500012345");
    }
  }

  @Test
  void delivers_the_answers_to_the_partners_as2_server_and_keeps_its_signed_mdn() throws Exception {
    int peerPort = HubApi.freePort();
    try (InJvmHub hub = start(peerPort)) {
      JdbcTemplate db = hub.jdbc();
      try (As2PeerReceiver receiver =
          new As2PeerReceiver(
                  hub.dataDir().resolve("security/as2/export/acme.p12"),
                  password(hub),
                  "ACMEAS2",
                  "acme",
                  "TRADELANEDEMO")
              .start(peerPort)) {
        As2Peer acme = peer(hub);
        As2Peer.Sent sent =
            acme.send(url(hub), "TRADELANEDEMO", Files.readAllBytes(PO), true, null);
        assertThat(sent.response().getMDNDisposition()).doesNotContain("error");
        await("997 and 855 received by ACME's AS2 server")
            .atMost(Duration.ofSeconds(30))
            .until(() -> receiver.received().size() == 2);
        assertThat(receiver.received())
            .anyMatch(doc -> doc.contains("ST*997*"))
            .anyMatch(doc -> doc.contains("ST*855*") && doc.contains("4500012345"));
        await("delivered with their MDNs")
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    count(db, "select count(*) from outbound_document where status = 'DELIVERED'")
                        == 2);
        assertThat(
                db.queryForList(
                    "select delivered_via || ' ' || delivery_proof from outbound_document",
                    String.class))
            .allMatch(proof -> proof.startsWith("as2 MDN for <"))
            .allMatch(proof -> proof.contains("processed, MIC sha-256 "))
            .allMatch(proof -> proof.contains("matched, signed by ACMEAS2"));

        // ACME's server goes down: the next answers wait and are delivered once it is back
        receiver.stop();
        acme.send(url(hub), "TRADELANEDEMO", Files.readAllBytes(MORE_POS), true, null);
        await("failed attempts recorded")
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    count(db, "select count(*) from hub_event where kind = 'delivery-retry'") > 0);
        receiver.start();
        await("everything delivered once ACME's server is back")
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    count(db, "select count(*) from outbound_document where status <> 'DELIVERED'")
                            == 0
                        && count(db, "select count(*) from outbound_document") == 10);
        assertThat(receiver.received()).hasSize(10).doesNotHaveDuplicates();
      }
    }
  }

  private InJvmHub start() throws Exception {
    return start(HubApi.freePort());
  }

  private InJvmHub start(int peerPort) throws Exception {
    return start(peerPort, Map.of());
  }

  private InJvmHub start(int peerPort, Map<String, String> more) throws Exception {
    Path config = work.resolve("config");
    InJvmHub.copyConfig(config);
    Path acme = config.resolve("partners/acme.properties");
    Files.writeString(
        acme,
        Files.readString(acme)
            + "\ntransport = as2\nas2.id = ACMEAS2\nas2.url = http://localhost:"
            + peerPort
            + "/as2\n");
    Map<String, String> overrides = new HashMap<>();
    overrides.put("hub.config-dir", config.toString());
    overrides.put("hub.as2.port", Integer.toString(HubApi.freePort()));
    overrides.put("hub.outbound.retry.first-delay", "PT0.3S");
    overrides.put("hub.outbound.retry.max-delay", "PT1S");
    overrides.put("hub.outbound.retry.max-attempts", "100");
    overrides.put("hub.outbound.retry.poll", "200");
    overrides.putAll(more);
    return InJvmHub.start(work.resolve("hub"), null, overrides);
  }

  private static String url(InJvmHub hub) {
    return "http://localhost:"
        + hub.camel().getPropertiesComponent().resolveProperty("hub.as2.port").orElseThrow()
        + "/as2";
  }

  private static As2Peer peer(InJvmHub hub) throws Exception {
    return new As2Peer(
        hub.dataDir().resolve("security/as2/export/acme.p12"), password(hub), "ACMEAS2", "acme");
  }

  private static String password(InJvmHub hub) throws Exception {
    return Files.readString(hub.dataDir().resolve("security/as2/keystore.password")).trim();
  }

  private static X509Certificate hubCertificate(InJvmHub hub) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(hub.dataDir().resolve("security/as2/export/acme.p12"))) {
      store.load(in, password(hub).toCharArray());
    }
    return (X509Certificate) store.getCertificate("hub");
  }

  /** A key pair and a self-signed certificate for it, valid a day either side of now. */
  private record Identity(PrivateKey key, X509Certificate certificate) {}

  private static Identity stranger(String commonName) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=" + commonName + ", O=Impostor");
    X509Certificate cert =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.valueOf(42),
                        new Date(System.currentTimeMillis() - 86_400_000L),
                        new Date(System.currentTimeMillis() + 86_400_000L),
                        name,
                        pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    return new Identity(pair.getPrivate(), cert);
  }

  /** ACME's own key and certificate, from the export the hub wrote. */
  private static Identity acme(InJvmHub hub) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(hub.dataDir().resolve("security/as2/export/acme.p12"))) {
      store.load(in, password(hub).toCharArray());
    }
    return new Identity(
        (PrivateKey) store.getKey("acme", password(hub).toCharArray()),
        (X509Certificate) store.getCertificate("acme"));
  }

  /** A keystore laid out like ACME's export: its key as "acme", the hub's certificate as "hub". */
  private Path keystore(InJvmHub hub, String file, Identity sender, X509Certificate hubCertificate)
      throws Exception {
    char[] password = password(hub).toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setKeyEntry("acme", sender.key(), password, new X509Certificate[] {sender.certificate()});
    store.setCertificateEntry("hub", hubCertificate);
    Path path = work.resolve(file);
    try (var out = Files.newOutputStream(path)) {
      store.store(out, password);
    }
    return path;
  }

  /** Every file taken in is translated (what answers it may still be on its way to ACME). */
  private static void awaitTranslated(JdbcTemplate db) {
    await("files translated")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(db, "select count(*) from inbound_file where status = 'RECEIVED'") == 0
                    && count(db, "select count(*) from inbound_document where status = 'ACCEPTED'")
                        == 0);
  }

  private static long count(JdbcTemplate db, String sql) {
    Long n = db.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
