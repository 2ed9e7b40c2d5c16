package io.tradelane.transport;

import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each partner's transport as its profile gives it ({@code transport}, {@code remote.sftp.*}),
 * checked at start: a profile with a bad or missing setting fails the start. Builds the delivery of
 * outbound documents and the polling of partners' own SFTP servers.
 */
public final class PartnerTransports {

  /** The YAML route template that polls one partner's SFTP server. */
  static final String POLL_TEMPLATE = "intake-sftp-poll";

  private final Map<String, RemoteSftp> remoteSftp;
  private final SftpClientKeys keys;

  private PartnerTransports(Map<String, RemoteSftp> remoteSftp, SftpClientKeys keys) {
    this.remoteSftp = remoteSftp;
    this.keys = keys;
  }

  public static PartnerTransports of(PartnerDirectory partners, Path configDir, Path securityDir) {
    Map<String, RemoteSftp> remote = new LinkedHashMap<>();
    for (PartnerProfile partner : partners.all()) {
      Transport.of(partner);
      RemoteSftp.of(partner, configDir).ifPresent(server -> remote.put(partner.id(), server));
    }
    return new PartnerTransports(remote, SftpClientKeys.in(securityDir));
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
    return new OutboundDelivery(
        tx, documents, channels, new MailboxChannel(dataDir), retry, events, queue, clock);
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
