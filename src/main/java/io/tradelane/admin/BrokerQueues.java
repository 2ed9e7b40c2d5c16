package io.tradelane.admin;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's stage queues as the console sees them, over plain JMS so that it works the same on the
 * embedded broker and on an external one: how many messages wait in each (browsed, counted up to
 * {@value #COUNTED}), the dead letters with the queue each came from, and moving dead letters back
 * to that queue, in one broker transaction each, so that a message is never both or neither.
 */
public final class BrokerQueues {

  /** Counting stops here: the console shows "at least". */
  static final int COUNTED = 10_000;

  /** Where Artemis records the queue a dead letter came from. */
  private static final String ORIGIN = "_AMQ_ORIG_QUEUE";

  /** A dead letter: its message id, the queue it came from, its body (a document id) and when. */
  record DeadLetter(String id, String queue, String body, Instant at, int deliveries) {}

  private final ConnectionFactory connections;
  private final String deadLetterQueue;

  public BrokerQueues(ConnectionFactory connections, String deadLetterQueue) {
    this.connections = connections;
    this.deadLetterQueue = deadLetterQueue;
  }

  String deadLetterQueue() {
    return deadLetterQueue;
  }

  /**
   * How many messages wait in each queue (at most {@value #COUNTED} counted), in the order given.
   */
  Map<String, Integer> depths(List<String> queues) throws JMSException {
    Map<String, Integer> depths = new LinkedHashMap<>();
    try (Connection connection = connections.createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      for (String name : queues) {
        try (QueueBrowser browser = session.createBrowser(session.createQueue(name))) {
          int count = 0;
          Enumeration<?> messages = browser.getEnumeration();
          while (count < COUNTED && messages.hasMoreElements()) {
            messages.nextElement();
            count++;
          }
          depths.put(name, count);
        }
      }
    }
    return depths;
  }

  /** The first {@code limit} dead letters, oldest first. */
  List<DeadLetter> deadLetters(int limit) throws JMSException {
    List<DeadLetter> letters = new ArrayList<>();
    try (Connection connection = connections.createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      try (QueueBrowser browser = session.createBrowser(session.createQueue(deadLetterQueue))) {
        for (Object m : Collections.list(browser.getEnumeration())) {
          if (letters.size() == limit) {
            break;
          }
          letters.add(letter((Message) m));
        }
      }
    }
    return letters;
  }

  /**
   * Moves dead letters back to the queue each came from: the one with JMS message id {@code id}, or
   * every one when {@code id} is null.
   *
   * @return the dead letters moved
   */
  List<DeadLetter> replay(String id) throws JMSException {
    List<DeadLetter> moved = new ArrayList<>();
    try (Connection connection = connections.createConnection()) {
      connection.start();
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      String selector = id == null ? null : "JMSMessageID = '" + id.replace("'", "''") + "'";
      try (MessageConsumer consumer =
              session.createConsumer(session.createQueue(deadLetterQueue), selector);
          MessageProducer producer = session.createProducer(null)) {
        Message m;
        while ((m = consumer.receive(500)) != null) {
          DeadLetter letter = letter(m);
          if (letter.queue() == null) {
            // nowhere to go back to: leave it where it is
            session.rollback();
            break;
          }
          TextMessage copy = session.createTextMessage(letter.body());
          Queue origin = session.createQueue(letter.queue());
          producer.send(origin, copy);
          session.commit();
          moved.add(letter);
          if (id != null) {
            break;
          }
        }
      }
    }
    return moved;
  }

  private static DeadLetter letter(Message m) throws JMSException {
    String body = m instanceof TextMessage text ? text.getText() : null;
    String origin = m.propertyExists(ORIGIN) ? m.getStringProperty(ORIGIN) : null;
    int deliveries =
        m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0;
    return new DeadLetter(
        m.getJMSMessageID(), origin, body, Instant.ofEpochMilli(m.getJMSTimestamp()), deliveries);
  }
}
