package io.tradelane.runtime;

import io.tradelane.exchange.Dispatch;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * Rebuilds the stage queues from the database before any stage starts consuming. With the embedded
 * broker the queues are emptied first, so they end up holding exactly the unfinished work: nothing
 * a crash interrupted is lost, nothing is done twice. With an external broker (which other nodes
 * may share) nothing is removed and the work is only handed on again; the stages are idempotent, so
 * a message that was still queued is absorbed.
 */
final class StageQueues {

  private static final Logger LOG = LoggerFactory.getLogger(StageQueues.class);

  private StageQueues() {}

  static void rebuild(
      EmbeddedBroker broker,
      ConnectionFactory connections,
      List<String> queues,
      List<Dispatch> unfinished)
      throws Exception {
    JmsTemplate jms = new JmsTemplate(connections);
    jms.setSessionTransacted(true);
    if (broker != null) {
      broker.purge(queues);
    }
    jms.execute(
        (Session session) -> {
          for (Dispatch work : unfinished) {
            try (MessageProducer producer =
                session.createProducer(session.createQueue(work.queue()))) {
              producer.send(session.createTextMessage(work.body()));
            }
          }
          session.commit();
          return null;
        },
        true);
    if (!unfinished.isEmpty()) {
      LOG.info("Handed {} unfinished items from the database to their stages", unfinished.size());
    }
  }
}
