package io.tradelane.transport;

import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.component.as2.api.AS2Header;
import org.apache.camel.component.as2.api.entity.AS2DispositionModifier;
import org.apache.camel.component.as2.api.entity.ApplicationPkcs7MimeEnvelopedDataEntity;
import org.apache.camel.component.as2.api.entity.MimeEntity;
import org.apache.camel.component.as2.api.entity.MultipartSignedEntity;
import org.apache.camel.component.as2.api.protocol.ResponseMDN;
import org.apache.camel.component.as2.api.util.SigningUtils;
import org.apache.camel.component.as2.internal.AS2Constants;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a message a partner sent to the hub's AS2 endpoint, once camel-as2 has decrypted it and
 * checked its signature against the AS2 partners' certificates. It checks that the message is
 * addressed to us (AS2-To), comes from a partner whose profile says AS2 (AS2-From) and was signed
 * with that partner's own certificate; then stores the payload durably (content store and {@code
 * inbound_file}, with the Message-ID in {@code as2_message}) and only then returns, so that the
 * signed MDN camel-as2 answers with follows the commit. A message refused gets a negative MDN
 * ({@code processed/error: ...}) and an {@code as2-refused} event. A resend of a Message-ID already
 * stored is answered again and creates nothing new.
 */
public final class As2Intake {

  /** Set on the HTTP context once a refusal has been recorded, so it is recorded once. */
  static final String RECORDED = "tradelane.as2.recorded";

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final InboundFiles files;
  private final HubEvents events;
  private final String hubAs2Id;
  private final Map<String, As2Partner> partnersByAs2Id;
  private final As2Keys keys;
  private final Clock clock;

  As2Intake(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      InboundFiles files,
      HubEvents events,
      String hubAs2Id,
      Map<String, As2Partner> partnersByAs2Id,
      As2Keys keys,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.files = files;
    this.events = events;
    this.hubAs2Id = hubAs2Id;
    this.partnersByAs2Id = Map.copyOf(partnersByAs2Id);
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * @return the id of the stored file to hand to translation, or null when the message was refused
   *     or is a resend of one stored before
   */
  public String receive(Exchange exchange) {
    HttpCoreContext context =
        exchange.getProperty(AS2Constants.AS2_INTERCHANGE, HttpCoreContext.class);
    ClassicHttpRequest request = (ClassicHttpRequest) context.getRequest();
    String from = header(request, AS2Header.AS2_FROM);
    String to = header(request, AS2Header.AS2_TO);
    String messageId = header(request, AS2Header.MESSAGE_ID);
    if (!hubAs2Id.equals(to)) {
      return refuse(
          context, from, messageId, AS2DispositionModifier.ERROR, "AS2-To '" + to + "' is not us");
    }
    As2Partner partner = partnersByAs2Id.get(from);
    if (partner == null) {
      return refuse(
          context,
          from,
          messageId,
          AS2DispositionModifier.ERROR_AUTHENTICATION_FAILED,
          "AS2-From '" + from + "' is no AS2 partner of ours");
    }
    if (messageId.isEmpty()) {
      return refuse(
          context, from, messageId, AS2DispositionModifier.ERROR, "the message has no Message-ID");
    }
    Optional<String> unsigned = signerProblem(request, partner);
    if (unsigned.isPresent()) {
      return refuse(
          context,
          from,
          messageId,
          AS2DispositionModifier.ERROR_AUTHENTICATION_FAILED,
          unsigned.get());
    }
    byte[] payload = payload(exchange.getMessage().getBody());
    return tx.execute(status -> store(partner, messageId, payload));
  }

  private String store(As2Partner partner, String messageId, byte[] payload) {
    List<Long> earlier =
        jdbc.queryForList(
            "select inbound_file_id from as2_message where message_id = ? for update",
            Long.class,
            messageId);
    if (!earlier.isEmpty()) {
      jdbc.update("update as2_message set resent = resent + 1 where message_id = ?", messageId);
      events.record(
          HubEvents.Severity.INFO,
          "as2-resent",
          partner.partnerId(),
          messageId,
          "the same Message-ID again: answered with a receipt, nothing new taken in (file "
              + earlier.get(0)
              + ")");
      return null;
    }
    Instant now = Instant.now(clock);
    long fileId =
        files.store(
            partner.partnerId(),
            fileName(messageId),
            now.toEpochMilli(),
            new ByteArrayInputStream(payload));
    jdbc.update(
        "insert into as2_message (message_id, partner_id, inbound_file_id, received_at)"
            + " values (?, ?, ?, ?)",
        messageId,
        partner.partnerId(),
        fileId,
        Timestamp.from(now));
    return Long.toString(fileId);
  }

  private boolean unfinished(long fileId) {
    return InboundFiles.Status.RECEIVED
        .name()
        .equals(
            jdbc.queryForObject(
                "select status from inbound_file where id = ?", String.class, fileId));
  }

  /** A file name from a Message-ID: its characters that are safe in a file name, bounded. */
  static String fileName(String messageId) {
    String safe = messageId.replaceAll("[^A-Za-z0-9._@-]", "_");
    return "as2-" + (safe.length() > 200 ? safe.substring(0, 200) : safe) + ".edi";
  }

  /** Why the message does not carry this partner's own signature, if it does not. */
  private Optional<String> signerProblem(ClassicHttpRequest request, As2Partner partner) {
    try {
      HttpEntity entity = request.getEntity();
      if (entity instanceof ApplicationPkcs7MimeEnvelopedDataEntity enveloped) {
        PrivateKey key = keys.hubKey();
        MimeEntity inner = enveloped.getEncryptedEntity(key);
        return check(inner, partner);
      }
      return check(entity, partner);
    } catch (Exception e) {
      return Optional.of("its signature cannot be checked: " + e.getMessage());
    }
  }

  private Optional<String> check(Object entity, As2Partner partner) {
    if (!(entity instanceof MultipartSignedEntity signed)) {
      return Optional.of("the message is not signed");
    }
    Certificate[] own = {keys.partnerCertificate(partner.partnerId())};
    return SigningUtils.isValid(signed, own)
        ? Optional.empty()
        : Optional.of("not signed with the certificate of partner " + partner.partnerId());
  }

  private String refuse(
      HttpCoreContext context,
      String from,
      String messageId,
      AS2DispositionModifier modifier,
      String reason) {
    context.setAttribute(ResponseMDN.DISPOSITION_MODIFIER, modifier);
    context.setAttribute(RECORDED, Boolean.TRUE);
    events.record(
        HubEvents.Severity.ERROR,
        "as2-refused",
        partnerIdOf(from),
        messageId,
        "AS2 message from '" + from + "' refused (" + modifier.getModifier() + "): " + reason);
    return null;
  }

  private String partnerIdOf(String as2From) {
    As2Partner partner = partnersByAs2Id.get(as2From);
    return partner == null ? null : partner.partnerId();
  }

  private static byte[] payload(Object body) {
    if (body instanceof byte[] bytes) {
      return bytes;
    }
    if (body instanceof String text) {
      // decoded by camel-as2 with the charset of its Content-Type; the X12 reader takes UTF-8
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (body instanceof java.io.InputStream in) {
      try (in) {
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the AS2 payload", e);
      }
    }
    throw new IllegalArgumentException(
        "the AS2 payload is a " + (body == null ? "null" : body.getClass().getName()));
  }

  static String header(org.apache.hc.core5.http.HttpMessage message, String name) {
    Header header = message.getFirstHeader(name);
    return header == null ? "" : header.getValue().trim().replaceAll("^\"|\"$", "");
  }
}
