package io.tradelane.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tradelane.ack.AckReconciliation;
import io.tradelane.ack.OverdueAcks;
import io.tradelane.admin.AsnWindow;
import io.tradelane.admin.AuditLog;
import io.tradelane.admin.BrokerQueues;
import io.tradelane.admin.ConsoleApi;
import io.tradelane.admin.ConsoleAssets;
import io.tradelane.admin.ConsoleGate;
import io.tradelane.admin.ConsoleSessions;
import io.tradelane.admin.ConsoleUserAdmin;
import io.tradelane.admin.ConsoleUsers;
import io.tradelane.admin.Dashboard;
import io.tradelane.admin.DeadLetterConsole;
import io.tradelane.admin.DocumentActions;
import io.tradelane.admin.DocumentTrail;
import io.tradelane.admin.FileActions;
import io.tradelane.admin.FileTrail;
import io.tradelane.admin.FirstAdmin;
import io.tradelane.admin.LoginThrottle;
import io.tradelane.admin.PartnersConsole;
import io.tradelane.admin.RouteControl;
import io.tradelane.admin.Scorecard;
import io.tradelane.admin.ScorecardConsole;
import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.backoffice.FileRefusals;
import io.tradelane.billing.InvoiceNumbers;
import io.tradelane.billing.InvoiceSettings;
import io.tradelane.billing.Invoicing;
import io.tradelane.cpfr.Accuracy;
import io.tradelane.cpfr.CollaborationArrangement;
import io.tradelane.cpfr.Consensus;
import io.tradelane.cpfr.ConsensusSchedule;
import io.tradelane.cpfr.CpfrApi;
import io.tradelane.cpfr.CpfrConsole;
import io.tradelane.cpfr.CpfrExceptions;
import io.tradelane.cpfr.CpfrIntake;
import io.tradelane.cpfr.ExceptionRun;
import io.tradelane.cpfr.OurForecasts;
import io.tradelane.cpfr.PlannerOverrides;
import io.tradelane.exchange.ContentStore;
import io.tradelane.exchange.ControlNumbers;
import io.tradelane.exchange.DocumentLogContext;
import io.tradelane.exchange.DuplicateInterchanges;
import io.tradelane.exchange.EnvelopeWriter;
import io.tradelane.exchange.FileFollowUps;
import io.tradelane.exchange.HubEvents;
import io.tradelane.exchange.HubMetrics;
import io.tradelane.exchange.InboundDocuments;
import io.tradelane.exchange.InboundFiles;
import io.tradelane.exchange.InboundTranslation;
import io.tradelane.exchange.InterchangeReceiver;
import io.tradelane.exchange.Interchanges;
import io.tradelane.exchange.OutboundDocuments;
import io.tradelane.exchange.StoredSets;
import io.tradelane.exchange.UnfinishedWork;
import io.tradelane.inventory.Catalog;
import io.tradelane.inventory.CatalogSeeder;
import io.tradelane.inventory.Stock;
import io.tradelane.order.BackofficeOrders;
import io.tradelane.order.BackorderRelease;
import io.tradelane.order.OrderAllocator;
import io.tradelane.order.OrderChanges;
import io.tradelane.order.OrderIntake;
import io.tradelane.order.OrderLifecycle;
import io.tradelane.order.OrderStore;
import io.tradelane.partner.Durations;
import io.tradelane.partner.HubIdentity;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.receiving.ReceiptApi;
import io.tradelane.receiving.ReceiptFiles;
import io.tradelane.receiving.ReceiptJson;
import io.tradelane.receiving.StockReceipts;
import io.tradelane.shipping.AsnStructure;
import io.tradelane.shipping.ShipmentApi;
import io.tradelane.shipping.ShipmentConfirmations;
import io.tradelane.shipping.ShipmentFiles;
import io.tradelane.shipping.ShipmentJson;
import io.tradelane.shipping.SsccSerials;
import io.tradelane.transport.As2Settings;
import io.tradelane.transport.CertificateCheck;
import io.tradelane.transport.DeliveryReplayApi;
import io.tradelane.transport.DeliveryRetry;
import io.tradelane.transport.MailboxIntake;
import io.tradelane.transport.OutboundDelivery;
import io.tradelane.transport.PartnerTransports;
import io.tradelane.transport.SftpAccounts;
import io.tradelane.transport.SftpMailboxServer;
import io.tradelane.x12.InterchangeReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the hub: opens the database and the broker, seeds the catalog, creates the partners'
 * mailboxes and binds the beans the YAML routes call by name.
 */
public class HubConfiguration implements CamelConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(HubConfiguration.class);

  /**
   * Where {@code application.properties} is read from: {@code
   * <hub.config-dir>/application.properties}.
   */
  public static String propertiesLocation() {
    String dir =
        System.getProperty(
            "hub.config-dir", System.getenv().getOrDefault("HUB_CONFIG_DIR", "config"));
    return "file:" + Path.of(dir, "application.properties");
  }

  @Override
  public void configure(CamelContext camel) throws Exception {
    HubSettings settings = new HubSettings(camel.getPropertiesComponent());
    Path dataDir = Files.createDirectories(settings.dataDir());
    Infrastructure infrastructure = Infrastructure.start(settings, camel);
    JdbcTemplate jdbc = new JdbcTemplate(infrastructure.database().dataSource());
    TransactionTemplate tx =
        new TransactionTemplate(
            new DataSourceTransactionManager(infrastructure.database().dataSource()));
    PartnerDirectory partners = PartnerDirectory.load(settings.configDir().resolve("partners"));
    createMailboxes(dataDir, partners);
    // the partners' SFTP logins, each chrooted to its mailbox; started and stopped with Camel
    camel.addService(
        new SftpMailboxServer(
            settings.integer("hub.sftp.port"),
            dataDir.resolve("mailbox"),
            dataDir.resolve("security"),
            partners.all().stream().map(PartnerProfile::id).toList(),
            SftpAccounts.of(partners, dataDir.resolve("security"))));
    new CatalogSeeder(jdbc, tx).seedOnce(settings.configDir());

    HubIdentity us = identity(settings);
    // a Clock bound as "hubClock" (tests, demos) replaces the system clock
    Clock clock =
        Optional.ofNullable(camel.getRegistry().lookupByNameAndType("hubClock", Clock.class))
            .orElseGet(Clock::systemDefaultZone);
    // Camel's per route metrics (camel.metrics.*, whose registry Camel Main has made by now) and
    // the hub's per partner counters, in one registry
    PrometheusMeterRegistry meters =
        camel.getRegistry().lookupByNameAndType("metricsRegistry", PrometheusMeterRegistry.class);
    if (meters == null) {
      meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      camel.getRegistry().bind("metricsRegistry", meters);
    }
    HubMetrics metrics = new HubMetrics(meters);
    camel.getRegistry().bind("hubMetrics", metrics);
    HubEvents events = new HubEvents(jdbc, metrics);
    InboundFiles files = new InboundFiles(jdbc, contentStore(settings, dataDir), clock);
    InboundDocuments documents = new InboundDocuments(jdbc, clock);
    OrderStore orders = new OrderStore(jdbc);
    Stock stock = new Stock(jdbc, us.warehouse());
    OrderLifecycle lifecycle = new OrderLifecycle(jdbc, clock);
    OrderIntake.Terms terms =
        new OrderIntake.Terms(
            new BigDecimal(settings.required("hub.orders.price-tolerance")),
            settings.integer("hub.orders.ship-lead-days"),
            settings.integer("hub.orders.backorder-lead-days"));
    ControlNumbers controlNumbers = new ControlNumbers(jdbc);
    controlNumbers
        .ensure(partners.all().stream().map(PartnerProfile::id).toList())
        .forEach(
            repair ->
                events.record(
                    HubEvents.Severity.WARN,
                    "control-number-repaired",
                    null,
                    "control_number",
                    repair));
    OutboundDocuments outbound =
        new OutboundDocuments(jdbc, controlNumbers, new EnvelopeWriter(us), events, clock);
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    Registry registry = camel.getRegistry();
    registry.bind("dataSource", infrastructure.database().dataSource());
    registry.bind("hubEvents", events);
    registry.bind("mailboxIntake", new MailboxIntake(files));
    PartnerTransports transports =
        PartnerTransports.of(
            partners,
            settings.configDir(),
            dataDir.resolve("security"),
            new As2Settings(
                settings.required("hub.as2.id"),
                settings.required("hub.as2.email"),
                settings.required("hub.as2.fqdn"),
                settings.required("hub.as2.path")),
            settings.text("hub.as2.keystore-password"));
    OutboundDelivery delivery =
        transports.delivery(
            camel,
            tx,
            outbound,
            dataDir,
            retry(settings),
            events,
            settings.required("hub.queue.outbound"),
            clock);
    registry.bind("outboundDelivery", delivery);
    transports.poll(camel, jdbc, events);
    transports.as2(camel, tx, jdbc, files, events, clock);
    registry.bind(
        "certificateCheck",
        new CertificateCheck(
            transports,
            events,
            Durations.required(
                settings.required("hub.as2.certificate-warning"), "hub.as2.certificate-warning"),
            clock));
    Interchanges interchanges = new Interchanges(jdbc);
    InterchangeReceiver receiver =
        new InterchangeReceiver(
            interchanges,
            new DuplicateInterchanges(
                interchanges,
                controlNumbers,
                Duration.ofDays(settings.integer("hub.x12.duplicate-window-days")),
                clock),
            documents,
            outbound,
            partners,
            us,
            events,
            json);
    FileFollowUps followUps =
        new FileFollowUps(
            jdbc,
            new FileFollowUps.Queues(
                settings.required("hub.queue.orders"),
                settings.required("hub.queue.outbound"),
                settings.required("hub.queue.acks"),
                settings.required("hub.queue.hand-over"),
                settings.required("hub.queue.order-changes"),
                settings.required("hub.queue.cpfr")),
            settings.integer("hub.hand-over.batch-size"));
    registry.bind("fileFollowUps", followUps);
    registry.bind(
        "inboundTranslation",
        new InboundTranslation(
            tx,
            files,
            receiver,
            events,
            followUps,
            new InterchangeReader(settings.integer("hub.translate.kept-bytes"))));
    registry.bind(
        "orderIntake",
        new OrderIntake(
            tx,
            documents,
            orders,
            new OrderAllocator(new Catalog(jdbc), stock),
            lifecycle,
            outbound,
            partners,
            events,
            json,
            terms,
            new OrderIntake.Queues(
                settings.required("hub.queue.outbound"),
                settings.required("hub.queue.backoffice-orders")),
            clock));
    registry.bind("backofficeOrders", new BackofficeOrders(orders));
    registry.bind(
        "orderChanges",
        new OrderChanges(
            tx,
            jdbc,
            documents,
            orders,
            new Catalog(jdbc),
            stock,
            lifecycle,
            outbound,
            partners,
            events,
            json,
            new OrderChanges.Queues(
                settings.required("hub.queue.outbound"),
                settings.required("hub.queue.backoffice-orders"),
                settings.required("hub.queue.invoices")),
            clock));
    registry.bind(
        "ackReconciliation", new AckReconciliation(tx, jdbc, documents, events, json, clock));
    registry.bind("overdueAcks", new OverdueAcks(tx, jdbc, partners, events, clock));
    // SSCCs for cartons and pallets; the counter row is created here
    SsccSerials serials =
        new SsccSerials(
            jdbc,
            us.gs1CompanyPrefix(),
            settings.integer("hub.gs1.sscc-extension"),
            Duration.ofDays(settings.integer("hub.gs1.sscc-reuse-days")),
            clock);
    registry.bind("ssccSerials", serials);
    partners.all().forEach(AsnStructure::forPartner); // a bad asn.structure fails the start
    ShipmentConfirmations shipments =
        new ShipmentConfirmations(
            tx,
            jdbc,
            partners,
            serials,
            stock,
            lifecycle,
            outbound,
            new ShipmentConfirmations.Queues(
                settings.required("hub.queue.outbound"), settings.required("hub.queue.invoices")),
            clock);
    ApiAnswers apiAnswers = new ApiAnswers(events, json);
    registry.bind("apiAnswers", apiAnswers);
    registry.bind("deliveryReplayApi", new DeliveryReplayApi(delivery, apiAnswers));
    registry.bind(
        "documentActions",
        new DocumentActions(delivery, partners, new AuditLog(jdbc, clock), apiAnswers));
    registry.bind("fileTrail", new FileTrail(jdbc, files, apiAnswers));
    registry.bind(
        "fileActions",
        new FileActions(
            files,
            tx,
            settings.required("hub.queue.inbound-files"),
            new AuditLog(jdbc, clock),
            apiAnswers));
    registry.bind("shipmentApi", new ShipmentApi(new ShipmentJson(json), shipments, apiAnswers));
    FileRefusals shipmentRefusals =
        new FileRefusals(
            events, dataDir.resolve("backoffice/shipments/failed"), "shipment-file-rejected");
    registry.bind("shipmentFileRefusals", shipmentRefusals);
    registry.bind(
        "shipmentFiles",
        new ShipmentFiles(
            shipments,
            shipmentRefusals,
            FileRefusals.headerLines(settings.configDir().resolve("smooks/shipment-csv.xml"))));
    partners.all().forEach(InvoiceSettings::of); // bad invoice.* settings fail the start
    registry.bind(
        "invoicing",
        new Invoicing(
            tx,
            jdbc,
            orders,
            lifecycle,
            outbound,
            partners,
            new InvoiceNumbers(jdbc, settings.text("hub.invoice.prefix")),
            terms.priceTolerance(),
            settings.required("hub.queue.outbound"),
            clock));
    StockReceipts receipts =
        new StockReceipts(
            tx,
            jdbc,
            stock,
            new BackorderRelease(jdbc, stock, orders, lifecycle, outbound, partners, terms, clock),
            outbound,
            settings.required("hub.queue.outbound"),
            clock);
    registry.bind("receiptApi", new ReceiptApi(new ReceiptJson(json), receipts, apiAnswers));
    FileRefusals receiptRefusals =
        new FileRefusals(
            events, dataDir.resolve("backoffice/receipts/failed"), "receipt-file-rejected");
    registry.bind("receiptFileRefusals", receiptRefusals);
    registry.bind(
        "receiptFiles",
        new ReceiptFiles(
            receipts,
            receiptRefusals,
            FileRefusals.headerLines(settings.configDir().resolve("smooks/receipt-csv.xml"))));
    partners.all().forEach(CollaborationArrangement::of); // bad cpfr.* settings fail the start
    OurForecasts ourForecasts = new OurForecasts(tx, jdbc, partners, events, clock);
    Consensus consensus =
        new Consensus(
            tx, jdbc, outbound, partners, events, settings.required("hub.queue.outbound"), clock);
    registry.bind(
        "consensusSchedule", new ConsensusSchedule(tx, jdbc, partners, consensus, events, clock));
    registry.bind(
        "cpfrApi",
        new CpfrApi(
            ourForecasts,
            new PlannerOverrides(tx, jdbc, partners, ourForecasts, events, json, clock),
            consensus,
            new ExceptionRun(tx, jdbc, partners, events, clock),
            new CpfrExceptions(tx, jdbc, clock),
            new Accuracy(jdbc),
            partners,
            apiAnswers,
            json));
    registry.bind("cpfrConsole", new CpfrConsole(jdbc, partners, apiAnswers));
    registry.bind(
        "cpfrIntake",
        new CpfrIntake(
            tx,
            jdbc,
            documents,
            new StoredSets(documents, files),
            new Catalog(jdbc),
            partners,
            events,
            json,
            clock));
    ApiUsers.ensure(Path.of(settings.required("hub.api.users-file")));
    console(camel, settings, jdbc, apiAnswers, json, clock);
    camel.getRegistry().bind("partnersConsole", new PartnersConsole(partners, jdbc, apiAnswers));
    camel.getRegistry().bind("documentTrail", new DocumentTrail(jdbc, apiAnswers, json));
    partners.all().forEach(AsnWindow::of); // a bad scorecard.asn-window fails the start
    camel
        .getRegistry()
        .bind(
            "scorecardConsole",
            new ScorecardConsole(new Scorecard(jdbc, partners, clock), apiAnswers));
    UnfinishedWork.Queues stages =
        new UnfinishedWork.Queues(
            settings.required("hub.queue.inbound-files"),
            settings.required("hub.queue.orders"),
            settings.required("hub.queue.outbound"),
            settings.required("hub.queue.backoffice-orders"),
            settings.required("hub.queue.acks"),
            settings.required("hub.queue.hand-over"),
            settings.required("hub.queue.invoices"),
            settings.required("hub.queue.order-changes"),
            settings.required("hub.queue.cpfr"));
    registry.bind("documentLogContext", DocumentLogContext.of(stages));
    StageQueues.rebuild(
        infrastructure.broker(),
        infrastructure.connections(),
        stages.all(),
        new UnfinishedWork(jdbc, stages, followUps),
        settings.integer("hub.hand-over.batch-size"));
    BrokerQueues brokerQueues =
        new BrokerQueues(infrastructure.connections(), settings.required("hub.queue.dead-letter"));
    registry.bind(
        "dashboard",
        new Dashboard(
            camel,
            events.metrics().registry(),
            jdbc,
            partners,
            transports,
            brokerQueues,
            stages.all(),
            Durations.required(
                settings.required("hub.as2.certificate-warning"), "hub.as2.certificate-warning"),
            apiAnswers,
            clock));
    registry.bind(
        "deadLetterConsole",
        new DeadLetterConsole(brokerQueues, new AuditLog(jdbc, clock), apiAnswers, json));
    registry.bind("apiDocument", new ApiDocument());
    registry.bind(
        "hubHealth",
        new HubHealth(camel, infrastructure.database().dataSource(), infrastructure.broker()));
  }

  /** The console's users, sessions and gate; the first admin on a start without users. */
  private static void console(
      CamelContext camel,
      HubSettings settings,
      JdbcTemplate jdbc,
      ApiAnswers answers,
      ObjectMapper json,
      Clock clock) {
    ConsoleUsers users = new ConsoleUsers(jdbc, clock);
    AuditLog audit = new AuditLog(jdbc, clock);
    FirstAdmin.ensure(
        users,
        settings.required("hub.console.admin-user"),
        settings.text("hub.console.admin-password"),
        settings.dataDir().resolve("security/console-admin-password"));
    ConsoleSessions sessions =
        new ConsoleSessions(
            jdbc,
            Durations.required(
                settings.required("hub.console.session-idle"), "hub.console.session-idle"),
            Durations.required(
                settings.required("hub.console.session-longest"), "hub.console.session-longest"),
            clock);
    camel
        .getRegistry()
        .bind(
            "consoleUserAdmin", new ConsoleUserAdmin(users, sessions, audit, jdbc, answers, json));
    camel
        .getRegistry()
        .bind(
            "consoleGate",
            new ConsoleGate(
                users,
                sessions,
                new LoginThrottle(
                    settings.integer("hub.console.login-limit"),
                    Durations.required(
                        settings.required("hub.console.login-window"), "hub.console.login-window"),
                    clock),
                audit,
                json,
                Boolean.parseBoolean(settings.required("hub.console.secure-cookie"))));
    camel.getRegistry().bind("consoleApi", new ConsoleApi(answers));
    camel.getRegistry().bind("consoleAssets", new ConsoleAssets());
    camel.getRegistry().bind("routeControl", new RouteControl(camel, audit, answers));
  }

  /** The inbound content store, with what crashed writes left behind removed. */
  private static ContentStore contentStore(HubSettings settings, Path dataDir) {
    String configured = settings.text("hub.store.inbound-dir");
    Path root =
        configured.isEmpty()
            ? dataDir.resolve("store").resolve("inbound")
            : Path.of(configured).toAbsolutePath().normalize();
    ContentStore store = new ContentStore(root);
    int removed = store.removeStaleTemporaries(Duration.ofHours(1));
    if (removed > 0) {
      LOG.info("Removed {} unfinished writes from the content store {}", removed, root);
    }
    return store;
  }

  private static DeliveryRetry retry(HubSettings settings) {
    return new DeliveryRetry(
        settings.integer("hub.outbound.retry.max-attempts"),
        Durations.required(
            settings.required("hub.outbound.retry.first-delay"), "hub.outbound.retry.first-delay"),
        Durations.required(
            settings.required("hub.outbound.retry.max-delay"), "hub.outbound.retry.max-delay"),
        Durations.required(
            settings.required("hub.outbound.retry.lease"), "hub.outbound.retry.lease"));
  }

  private static HubIdentity identity(HubSettings settings) {
    return new HubIdentity(
        settings.required("hub.isa.qualifier"),
        settings.required("hub.isa.id"),
        settings.required("hub.gs.id"),
        settings.required("hub.warehouse"),
        settings.required("hub.gs1.company-prefix"),
        settings.required("hub.usage"));
  }

  private static void createMailboxes(Path dataDir, PartnerDirectory partners) throws Exception {
    for (var partner : partners.all()) {
      Path mailbox = dataDir.resolve("mailbox").resolve(partner.id());
      Files.createDirectories(mailbox.resolve("in"));
      Files.createDirectories(mailbox.resolve("out"));
    }
    Files.createDirectories(dataDir.resolve("backoffice").resolve("orders"));
  }
}
