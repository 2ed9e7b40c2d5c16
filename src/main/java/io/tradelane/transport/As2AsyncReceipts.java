package io.tradelane.transport;

import io.tradelane.exchange.HubEvents;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.component.as2.api.AS2AsynchronousMDNManager;
import org.apache.camel.component.as2.api.AS2Header;
import org.apache.camel.component.as2.api.AS2SignatureAlgorithm;
import org.apache.camel.component.as2.api.AS2SignedDataGenerator;
import org.apache.camel.component.as2.api.entity.DispositionNotificationMultipartReportEntity;
import org.apache.camel.component.as2.api.entity.MultipartMimeEntity;
import org.apache.camel.component.as2.api.protocol.ResponseMDN;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.HttpRequestHandler;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the asynchronous MDN a partner asks for (Receipt-Delivery-Option), signed with our key.
 * camel-as2 4.17 prepares it (the MDN is in the request's HTTP context once its response
 * interceptor has run) but never sends it: its server reads the context of the connection, not the
 * request's. So this handler, in front of camel-as2's, takes the prepared MDN from the request's
 * context once the answer has gone and posts it to the partner's address, off the request thread. A
 * failure is an {@code as2-async-mdn-failed} event (the partner resends).
 */
final class As2AsyncReceipts implements HttpRequestHandler {

  private static final Logger LOG = LoggerFactory.getLogger(As2AsyncReceipts.class);
  private static final Duration PREPARED_WITHIN = Duration.ofSeconds(10);

  private final HttpRequestHandler next;
  private final Certificate[] hubChain;
  private final PrivateKey hubKey;
  private final String fqdn;
  private final HubEvents events;
  private final ExecutorService senders =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "as2-async-mdn");
            thread.setDaemon(true);
            return thread;
          });

  As2AsyncReceipts(
      HttpRequestHandler next,
      Certificate[] hubChain,
      PrivateKey hubKey,
      String fqdn,
      HubEvents events) {
    this.next = next;
    this.hubChain = hubChain.clone();
    this.hubKey = hubKey;
    this.fqdn = fqdn;
    this.events = events;
  }

  @Override
  public void handle(ClassicHttpRequest request, ClassicHttpResponse response, HttpContext context)
      throws HttpException, IOException {
    next.handle(request, response, context);
    String address = As2Intake.header(request, AS2Header.RECEIPT_DELIVERY_OPTION);
    String connection = As2Intake.header(request, "Connection").toLowerCase(java.util.Locale.ROOT);
    if (!address.isEmpty() && connection.contains("close")) {
      senders.execute(() -> send(request, context, address));
    }
  }

  private void send(ClassicHttpRequest request, HttpContext context, String address) {
    String messageId = As2Intake.header(request, AS2Header.MESSAGE_ID);
    try {
      DispositionNotificationMultipartReportEntity report = prepared(context);
      AS2SignedDataGenerator signer =
          ResponseMDN.createSigningGenerator(
              request, AS2SignatureAlgorithm.SHA256WITHRSA, hubChain, hubKey);
      MultipartMimeEntity mdn =
          signer == null ? report : ResponseMDN.prepareSignedReceipt(signer, report);
      String contentType =
          signer == null ? report.getMainMessageContentType() : mdn.getContentType();
      new AS2AsynchronousMDNManager("1.1", "Tradelane", fqdn, hubChain, hubKey, null, null, null)
          .send(mdn, contentType, address);
      LOG.info("Sent the asynchronous MDN for {} to {}", messageId, address);
    } catch (Exception e) {
      events.record(
          HubEvents.Severity.WARN,
          "as2-async-mdn-failed",
          null,
          messageId,
          "the asynchronous MDN could not be sent to " + address + ": " + e.getMessage());
    }
  }

  private static DispositionNotificationMultipartReportEntity prepared(HttpContext context)
      throws InterruptedException {
    Instant until = Instant.now().plus(PREPARED_WITHIN);
    while (Instant.now().isBefore(until)) {
      if (context.getAttribute(AS2AsynchronousMDNManager.ASYNCHRONOUS_MDN)
          instanceof DispositionNotificationMultipartReportEntity report) {
        return report;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("camel-as2 prepared no MDN within " + PREPARED_WITHIN);
  }
}
