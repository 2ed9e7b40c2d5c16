package io.tradelane.runtime;

import java.nio.file.Path;
import java.util.Collection;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The embedded ActiveMQ Artemis broker: persistent journal under {@code <data-dir>/broker}, reached
 * in-VM, with redelivery and a dead-letter queue for messages that keep failing.
 */
public final class EmbeddedBroker implements AutoCloseable {

  /** The URL clients in this JVM use to reach the embedded broker. */
  public static final String IN_VM_URL = "vm://0";

  private final EmbeddedActiveMQ server;

  private EmbeddedBroker(EmbeddedActiveMQ server) {
    this.server = server;
  }

  /** Starts the broker; returns when it accepts connections. */
  public static EmbeddedBroker start(HubSettings settings) throws Exception {
    EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    server.setConfiguration(configuration(settings));
    server.start();
    return new EmbeddedBroker(server);
  }

  private static Configuration configuration(HubSettings settings) throws Exception {
    Path home = settings.dataDir().resolve("broker");
    ConfigurationImpl config = new ConfigurationImpl();
    config.setName("tradelane");
    config.setPersistenceEnabled(true);
    config.setSecurityEnabled(false); // in-VM only: no network acceptor is opened
    config.setJMXManagementEnabled(false);
    config.setJournalType(JournalType.NIO);
    config.setJournalDirectory(home.resolve("journal").toString());
    config.setBindingsDirectory(home.resolve("bindings").toString());
    config.setLargeMessagesDirectory(home.resolve("large-messages").toString());
    config.setPagingDirectory(home.resolve("paging").toString());
    config.setJournalBufferTimeout_NIO(
        settings.integer("hub.broker.journal-buffer-timeout-us") * 1000);
    config.addAcceptorConfiguration("in-vm", IN_VM_URL);
    String deadLetter = settings.required("hub.queue.dead-letter");
    config.addAddressSetting(
        "#",
        new AddressSettings()
            .setDeadLetterAddress(SimpleString.of(deadLetter))
            .setAutoDeleteQueues(false)
            .setAutoDeleteAddresses(false)
            .setMaxDeliveryAttempts(settings.integer("hub.broker.max-deliveries"))
            .setRedeliveryDelay(settings.integer("hub.broker.redelivery-delay-ms"))
            .setRedeliveryMultiplier(2.0)
            .setMaxRedeliveryDelay(30_000));
    config.addQueueConfiguration(
        QueueConfiguration.of(deadLetter).setRoutingType(RoutingType.ANYCAST).setDurable(true));
    return config;
  }

  /** Removes every message from these queues (those that do not exist yet are skipped). */
  public void purge(Collection<String> queues) throws Exception {
    for (String name : queues) {
      Queue queue = server.getActiveMQServer().locateQueue(SimpleString.of(name));
      if (queue != null) {
        queue.deleteAllReferences();
      }
    }
  }

  public boolean isActive() {
    return server.getActiveMQServer() != null && server.getActiveMQServer().isActive();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
