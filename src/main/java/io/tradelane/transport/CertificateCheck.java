package io.tradelane.transport;

import io.tradelane.exchange.HubEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Raises a {@code certificate-expiring} alert (a WARN event) for each AS2 certificate, ours or a
 * partner's, that expires within {@code hub.as2.certificate-warning} (default 30 days), or has
 * expired; run at start and then daily (route {@code admin-certificates}).
 */
public final class CertificateCheck {

  private final PartnerTransports transports;
  private final HubEvents events;
  private final Duration warning;
  private final Clock clock;

  public CertificateCheck(
      PartnerTransports transports, HubEvents events, Duration warning, Clock clock) {
    this.transports = transports;
    this.events = events;
    this.warning = warning;
    this.clock = clock;
  }

  /**
   * @return the certificates alerted on
   */
  public List<String> check() {
    List<String> expiring = transports.expiringCertificates(Instant.now(clock), warning);
    expiring.forEach(
        certificate ->
            events.record(
                HubEvents.Severity.WARN,
                "certificate-expiring",
                null,
                "as2 keystore",
                "AS2 certificate "
                    + certificate
                    + ": renew it and send the new one to the partners concerned"));
    return expiring;
  }
}
