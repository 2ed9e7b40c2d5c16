package io.tradelane.runtime;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.UnfinishedWork;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
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
 * a message that was still queued is absorbed. The work is read and sent a page at a time, one
 * broker transaction each, so memory stays bounded however much a crash left unfinished.
 */
final class StageQueues {

  private static final Logger LOG = LoggerFactory.getLogger(StageQueues.class);

  private StageQueues() {}

  static void rebuild(
      EmbeddedBroker broker,
      ConnectionFactory connections,
      List<String> queues,
      UnfinishedWork unfinished,
      int pageSize)
      throws Exception {
    JmsTemplate jms = new JmsTemplate(connections);
    jms.setSessionTransacted(true);
    if (broker != null) {
      broker.purge(queues);
    }
    // one broker transaction per page: a crash half way only means a rebuild again at the next
    // start (the queues are emptied first, or the stages absorb what was handed on twice)
    long[] handed = {0};
    unfinished.forEachPage(
        pageSize,
        page -> {
          jms.execute((Session session) -> send(session, page), true);
          handed[0] += page.size();
        });
    if (handed[0] > 0) {
      LOG.info("Handed {} unfinished items from the database to their stages", handed[0]);
    }
  }

  private static Void send(Session session, List<Dispatch> page) throws JMSException {
    for (Dispatch work : page) {
      try (MessageProducer producer = session.createProducer(session.createQueue(work.queue()))) {
        producer.send(session.createTextMessage(work.body()));
      }
    }
    session.commit();
    return null;
  }
}
