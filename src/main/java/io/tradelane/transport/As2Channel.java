package io.tradelane.transport;

import io.tradelane.exchange.OutboundDocuments.Outbound;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.apache.camel.component.as2.api.AS2TransferEncoding;
import org.apache.camel.component.as2.api.entity.ApplicationEntity;
import org.apache.camel.component.as2.api.entity.ApplicationPkcs7MimeEnvelopedDataEntity;
import org.apache.camel.component.as2.api.entity.MimeEntity;
import org.apache.camel.component.as2.api.entity.MultipartSignedEntity;
import org.apache.camel.component.as2.api.util.EncryptingUtils;
import org.apache.camel.component.as2.api.util.EntityUtils;
import org.apache.camel.component.as2.api.util.SigningUtils;
import org.apache.hc.core5.http.ContentType;

/**
 * Sends a document to a partner's AS2 endpoint: signed and (unless the profile says {@code
 * as2.encrypt = none}) encrypted with the algorithms its profile names, built with camel-as2's MIME
 * classes, asking for a signed synchronous MDN with a SHA-256 MIC. The delivery counts only when
 * the MDN is signed with the partner's certificate, says {@code processed} without an error, names
 * our Message-ID and carries the MIC we computed over what we signed; the MDN is then kept as the
 * proof of delivery. Anything else fails the attempt (retried, then parked).
 *
 * <p>The message is posted with the JDK's HTTP client rather than camel-as2's producer, which
 * neither checks the MDN's signature nor keeps its bytes (it parses and re-writes the MDN, so a
 * partner's folded MIME header breaks any later check). Each document keeps one Message-ID across
 * its attempts, so a partner that received an attempt whose MDN we lost sees a resend, not a new
 * message.
 */
final class As2Channel implements DeliveryChannel {

  static final String CONTENT_TYPE = "application/edi-x12";
  static final String CHARSET = "utf-8";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final As2Partner partner;
  private final Certificate partnerCertificate;
  private final Certificate[] hubChain;
  private final PrivateKey hubKey;
  private final As2Settings hub;

  As2Channel(
      As2Partner partner,
      Certificate partnerCertificate,
      Certificate hubCertificate,
      PrivateKey hubKey,
      As2Settings hub) {
    this.partner = partner;
    this.partnerCertificate = partnerCertificate;
    this.hubChain = new Certificate[] {hubCertificate};
    this.hubKey = hubKey;
    this.hub = hub;
  }

  @Override
  public Delivered send(Outbound doc) {
    String messageId = "<tradelane-" + doc.id() + "-" + doc.fileName() + "@" + hub.fqdn() + ">";
    try {
      ApplicationEntity payload =
          EntityUtils.createEDIEntity(
              doc.content().getBytes(StandardCharsets.UTF_8),
              ContentType.create(CONTENT_TYPE, CHARSET),
              AS2TransferEncoding.NONE,
              false,
              doc.fileName());
      MultipartSignedEntity signed =
          new MultipartSignedEntity(
              payload,
              SigningUtils.createSigningGenerator(partner.signing(), hubChain, hubKey),
              StandardCharsets.US_ASCII.name(),
              AS2TransferEncoding.BASE64,
              partner.encryption() == null,
              null);
      // the MIC is over the signed part exactly as it goes out (RFC 4130, 7.3.1)
      String mic = sha256(Mdn.parts(bytes(signed), Mdn.boundary(signed.getContentType()))[0]);
      MimeEntity body =
          partner.encryption() == null
              ? signed
              : new ApplicationPkcs7MimeEnvelopedDataEntity(
                  signed,
                  EncryptingUtils.createEnvelopDataGenerator(
                      new Certificate[] {partnerCertificate}),
                  EncryptingUtils.createEncryptor(partner.encryption()),
                  AS2TransferEncoding.BASE64,
                  true);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(partner.url())
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", body.getContentType())
              .header("MIME-Version", "1.0")
              .header("AS2-Version", "1.1")
              .header("AS2-From", quoted(hub.as2Id()))
              .header("AS2-To", quoted(partner.as2Id()))
              .header("Message-ID", messageId)
              .header("Subject", doc.docType() + " " + doc.fileName())
              .header("From", hub.email())
              .header("Date", ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
              .header("Disposition-Notification-To", hub.email())
              .header(
                  "Disposition-Notification-Options",
                  "signed-receipt-protocol=required, pkcs7-signature;"
                      + " signed-receipt-micalg=required, sha-256")
              .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
      if (body.getContentTransferEncoding() != null) {
        request.header("Content-Transfer-Encoding", body.getContentTransferEncoding().getValue());
      }
      HttpResponse<byte[]> answer =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "the partner answered HTTP "
                + answer.statusCode()
                + ": "
                + new String(answer.body(), StandardCharsets.ISO_8859_1).strip());
      }
      String contentType = answer.headers().firstValue("Content-Type").orElse("");
      Mdn mdn = Mdn.read(contentType, answer.body());
      mdn.check(messageId, mic, partnerCertificate, partner.as2Id());
      return new Delivered(
          "as2",
          "MDN for "
              + messageId
              + ": processed, MIC sha-256 "
              + mic
              + " matched, signed by "
              + partner.as2Id()
              + "\n"
              + mdn.text());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "AS2 send to " + partner.url() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to " + partner.url(), e);
    } catch (org.apache.hc.core5.http.HttpException | org.apache.camel.CamelException e) {
      throw new IllegalStateException("cannot build the AS2 message: " + e.getMessage(), e);
    }
  }

  private static String quoted(String as2Name) {
    return as2Name.matches("[A-Za-z0-9._-]+") ? as2Name : "\"" + as2Name + "\"";
  }

  private static byte[] bytes(MimeEntity entity) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    entity.writeTo(out);
    return out.toByteArray();
  }

  static String sha256(byte[] content) {
    try {
      return Base64.getEncoder()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks a detached signature over exactly the bytes it was made over. */
  static boolean signedBy(byte[] content, byte[] signature, Certificate certificate) {
    return SigningUtils.isValidSigned(content, signature, new Certificate[] {certificate});
  }
}
