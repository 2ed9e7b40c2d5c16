package io.tradelane.transport;

import io.tradelane.exchange.HubEvents;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.component.as2.api.AS2Header;
import org.apache.camel.component.as2.api.entity.AS2DispositionModifier;
import org.apache.camel.component.as2.api.protocol.ResponseMDN;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.HttpRequestHandler;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Wraps camel-as2's handler of the hub's AS2 path so that a message camel-as2 itself refuses
 * (decryption failed, signature not valid or missing, before the route sees it) is recorded as an
 * {@code as2-refused} event like those the route refuses; camel-as2 only logs them. A message that
 * cannot even be read is answered HTTP 500 (by camel-as2) and recorded too.
 */
final class As2RefusalRecorder implements HttpRequestHandler {

  private final HttpRequestHandler camel;
  private final HubEvents events;
  private final Map<String, As2Partner> partnersByAs2Id;

  As2RefusalRecorder(
      HttpRequestHandler camel, HubEvents events, Map<String, As2Partner> partnersByAs2Id) {
    this.camel = camel;
    this.events = events;
    this.partnersByAs2Id = Map.copyOf(partnersByAs2Id);
  }

  @Override
  public void handle(ClassicHttpRequest request, ClassicHttpResponse response, HttpContext context)
      throws HttpException, IOException {
    try {
      camel.handle(request, response, context);
    } catch (HttpException | RuntimeException e) {
      // not even readable (a payload changed on the way, a broken MIME structure): HTTP 500, which
      // a partner's AS2 software retries; no MDN can be made of what cannot be read
      record(request, "could not be read, answered HTTP 500 without an MDN: " + e.getMessage());
      throw e;
    }
    if (context.getAttribute(As2Intake.RECORDED) == null
        && context.getAttribute(ResponseMDN.DISPOSITION_MODIFIER)
            instanceof AS2DispositionModifier modifier
        && modifier.getModifier().startsWith("error")) {
      record(
          request,
          "refused by the AS2 endpoint ("
              + modifier.getModifier()
              + "): it could not be decrypted or its signature is missing or not valid");
    }
  }

  private void record(ClassicHttpRequest request, String what) {
    String from = As2Intake.header(request, AS2Header.AS2_FROM);
    As2Partner partner = partnersByAs2Id.get(from);
    events.record(
        HubEvents.Severity.ERROR,
        "as2-refused",
        partner == null ? null : partner.partnerId(),
        As2Intake.header(request, AS2Header.MESSAGE_ID),
        "AS2 message from '" + from + "' " + what);
  }
}
