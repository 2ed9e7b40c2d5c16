package io.tradelane.runtime;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The parts the hub stands on: database and broker (embedded unless configured otherwise), and the
 * {@code jms} component the routes use, with transacted sessions so that a stage takes its message
 * and hands on its follow-ups in one broker transaction. Stopped with the Camel context, after the
 * routes.
 */
final class Infrastructure extends ServiceSupport {

  private final Database database;
  private final EmbeddedBroker broker;
  private final CachingConnectionFactory connections;

  private Infrastructure(
      Database database, EmbeddedBroker broker, CachingConnectionFactory connections) {
    this.database = database;
    this.broker = broker;
    this.connections = connections;
  }

  static Infrastructure start(HubSettings settings, CamelContext camel) throws Exception {
    Database database = Database.open(settings);
    String url = settings.text("hub.broker.url");
    EmbeddedBroker broker = url.isEmpty() ? EmbeddedBroker.start(settings) : null;
    ActiveMQConnectionFactory artemis =
        new ActiveMQConnectionFactory(url.isEmpty() ? EmbeddedBroker.IN_VM_URL : url);
    if (!settings.text("hub.broker.user").isEmpty()) {
      artemis.setUser(settings.text("hub.broker.user"));
      artemis.setPassword(settings.text("hub.broker.password"));
    }
    CachingConnectionFactory connections =
        new CachingConnectionFactory((ConnectionFactory) artemis);
    connections.setSessionCacheSize(32);
    JmsComponent jms = JmsComponent.jmsComponentTransacted(connections);
    // local broker transactions on the listener's own session, no transaction manager: a failed
    // stage rolls back the very session that received the message (the broker redelivers it),
    // and the follow-ups sent from the same thread join that session (Spring exposes it)
    jms.getConfiguration().setLazyCreateTransactionManager(false);
    jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
    camel.addComponent("jms", jms);
    Infrastructure infrastructure = new Infrastructure(database, broker, connections);
    camel.addService(infrastructure, true, true);
    return infrastructure;
  }

  Database database() {
    return database;
  }

  CachingConnectionFactory connections() {
    return connections;
  }

  EmbeddedBroker broker() {
    return broker;
  }

  @Override
  protected void doStop() throws Exception {
    connections.destroy();
    if (broker != null) {
      broker.close();
    }
    database.close();
  }
}
