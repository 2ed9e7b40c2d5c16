package io.tradelane.transport;

import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.InboundFiles;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.StartupListener;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.as2.AS2Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each partner's transport as its profile gives it ({@code transport}, {@code remote.sftp.*},
 * {@code as2.*}), checked at start: a profile with a bad or missing setting fails the start. Builds
 * the delivery of outbound documents, the polling of partners' own SFTP servers and the hub's AS2
 * endpoint.
 */
public final class PartnerTransports {

  /** The YAML route template that polls one partner's SFTP server. */
  static final String POLL_TEMPLATE = "intake-sftp-poll";

  /** The YAML route of the hub's AS2 endpoint. */
  static final String AS2_ROUTE = "intake-as2";

  private final Map<String, RemoteSftp> remoteSftp;
  private final Map<String, As2Partner> as2;
  private final SftpClientKeys keys;
  private final As2Keys as2Keys;
  private final As2Settings as2Settings;

  private PartnerTransports(
      Map<String, RemoteSftp> remoteSftp,
      Map<String, As2Partner> as2,
      SftpClientKeys keys,
      As2Keys as2Keys,
      As2Settings as2Settings) {
    this.remoteSftp = remoteSftp;
    this.as2 = as2;
    this.keys = keys;
    this.as2Keys = as2Keys;
    this.as2Settings = as2Settings;
  }

  /**
   * Reads every partner's transport and opens the keys: the hub's SFTP client key and the AS2
   * keystore (both generated on the first start).
   *
   * @param as2KeystorePassword {@code hub.as2.keystore-password}, empty for a generated one
   */
  public static PartnerTransports of(
      PartnerDirectory partners,
      Path configDir,
      Path securityDir,
      As2Settings as2Settings,
      String as2KeystorePassword) {
    Map<String, RemoteSftp> remote = new LinkedHashMap<>();
    Map<String, As2Partner> as2 = new LinkedHashMap<>();
    for (PartnerProfile partner : partners.all()) {
      Transport.of(partner);
      RemoteSftp.of(partner, configDir).ifPresent(server -> remote.put(partner.id(), server));
      As2Partner.of(partner, configDir).ifPresent(p -> as2.put(partner.id(), p));
    }
    Map<String, Path> certificates = new LinkedHashMap<>();
    as2.forEach((id, p) -> certificates.put(id, p.certificate()));
    return new PartnerTransports(
        remote,
        as2,
        SftpClientKeys.in(securityDir),
        As2Keys.open(securityDir, as2Settings.as2Id(), as2KeystorePassword, certificates),
        as2Settings);
  }

  /** The delivery stage of outbound documents, over each partner's transport. */
  public OutboundDelivery delivery(
      CamelContext camel,
      TransactionTemplate tx,
      OutboundDocuments documents,
      Path dataDir,
      DeliveryRetry retry,
      HubEvents events,
      String queue,
      Clock clock) {
    Map<String, DeliveryChannel> channels = new LinkedHashMap<>();
    remoteSftp.forEach(
        (partner, server) ->
            channels.put(
                partner, new RemoteSftpChannel(camel.createProducerTemplate(), server, keys)));
    as2.forEach(
        (partner, settings) ->
            channels.put(
                partner,
                new As2Channel(
                    settings,
                    as2Keys.partnerCertificate(partner),
                    as2Keys.hubCertificate(),
                    as2Keys.hubKey(),
                    as2Settings)));
    return new OutboundDelivery(
        tx, documents, channels, new MailboxChannel(dataDir), retry, events, queue, clock);
  }

  /**
   * Binds what the AS2 endpoint ({@code intake-as2}) and the AS2 deliveries use: the hub's key and
   * certificate, the partners' certificates and the intake bean {@code as2Intake}.
   */
  public void as2(
      CamelContext camel,
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      InboundFiles files,
      HubEvents events,
      Clock clock)
      throws Exception {
    var registry = camel.getRegistry();
    registry.bind(As2Settings.HUB_KEY, as2Keys.hubKey());
    registry.bind(As2Settings.HUB_CHAIN, new Certificate[] {as2Keys.hubCertificate()});
    registry.bind(
        As2Settings.PARTNER_CERTIFICATES,
        as2.keySet().stream().map(as2Keys::partnerCertificate).toArray(Certificate[]::new));
    Map<String, As2Partner> byAs2Id = new LinkedHashMap<>();
    as2.values().forEach(p -> byAs2Id.put(p.as2Id(), p));
    registry.bind(
        "as2Intake",
        new As2Intake(tx, jdbc, files, events, as2Settings.as2Id(), byAs2Id, as2Keys, clock));
    camel.addStartupListener(
        new StartupListener() {
          @Override
          public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

          @Override
          public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
            recordRefusals(context, events, byAs2Id);
          }
        });
  }

  /**
   * Puts {@link As2RefusalRecorder} and {@link As2AsyncReceipts} in front of camel-as2's handler of
   * the AS2 path.
   */
  private void recordRefusals(
      CamelContext camel, HubEvents events, Map<String, As2Partner> byAs2Id) {
    Route route = camel.getRoute(AS2_ROUTE);
    if (route != null && route.getConsumer() instanceof AS2Consumer consumer) {
      consumer
          .getEndpoint()
          .getAS2ServerConnection()
          .listen(
              as2Settings.path(),
              new As2AsyncReceipts(
                  new As2RefusalRecorder(consumer, events, byAs2Id),
                  new Certificate[] {as2Keys.hubCertificate()},
                  as2Keys.hubKey(),
                  as2Settings.fqdn(),
                  events));
    }
  }

  /** The certificates of the AS2 keystore that expire within {@code within} of now. */
  public List<String> expiringCertificates(Instant now, Duration within) {
    return as2Keys.expiring(now, within);
  }

  /** An AS2 certificate in the hub's keystore (ours or a partner's). */
  public record HeldCertificate(String alias, String subject, Instant notAfter) {}

  /** Every AS2 certificate the hub holds, by alias. */
  public List<HeldCertificate> certificates() {
    return as2Keys.certificates();
  }

  /**
   * Polls every partner's own SFTP server from the YAML template {@value #POLL_TEMPLATE}, one route
   * {@code intake-sftp-poll-<partner>} each, added as Camel starts.
   */
  public void poll(CamelContext camel, JdbcTemplate jdbc, HubEvents events) throws Exception {
    if (remoteSftp.isEmpty()) {
      return;
    }
    camel.getRegistry().bind("remoteIntakeRecord", new RemoteIntakeRecord(jdbc));
    remoteSftp
        .keySet()
        .forEach(
            partner ->
                camel
                    .getRegistry()
                    .bind(
                        "remoteListingGuard-" + partner, new RemoteListingGuard(partner, events)));
    // added once the YAML routes, and so the template, are loaded and started
    camel.addStartupListener(
        new StartupListener() {
          @Override
          public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

          @Override
          public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted)
              throws Exception {
            addPollRoutes(context);
          }
        });
  }

  private void addPollRoutes(CamelContext camel) throws Exception {
    for (Map.Entry<String, RemoteSftp> partner : remoteSftp.entrySet()) {
      RemoteSftp server = partner.getValue();
      TemplatedRouteBuilder.builder(camel, POLL_TEMPLATE)
          .routeId(POLL_TEMPLATE + "-" + partner.getKey())
          .parameter("partner", partner.getKey())
          .parameter("endpoint", RemoteSftpEndpoints.uri(server, server.pickUpFolder(), keys))
          .parameter("delay", Long.toString(server.poll().toMillis()))
          .add();
    }
  }
}
