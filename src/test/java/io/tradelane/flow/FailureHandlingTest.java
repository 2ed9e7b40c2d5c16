package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stage that keeps failing, on the hub's own broker, JMS component and shared error handling:
 * every failure is recorded as an event the admin sees, the message it hands on in the failed
 * attempt is rolled back with it, the broker delivers it again up to the configured number of times
 * and then parks it in the dead-letter queue.
 */
class FailureHandlingTest {

  @Test
  void a_message_that_keeps_failing_is_recorded_redelivered_and_parked_in_the_dead_letter_queue()
      throws Exception {
    Map<String, String> fastRedelivery =
        Map.of("hub.broker.max-deliveries", "3", "hub.broker.redelivery-delay-ms", "50");
    AtomicInteger attempts = new AtomicInteger();
    try (InJvmHub hub = InJvmHub.start("failure", null, fastRedelivery)) {
      hub.camel()
          .addRoutes(
              new RouteBuilder() {
                @Override
                public void configure() {
                  from("jms:queue:test.always-fails")
                      .routeId("test-always-fails")
                      .to("jms:queue:test.follow-up")
                      .process(
                          exchange -> {
                            attempts.incrementAndGet();
                            throw new IllegalStateException("injected failure");
                          });
                }
              });

      hub.camel().createProducerTemplate().sendBody("jms:queue:test.always-fails", "42");

      var consumer = hub.camel().createConsumerTemplate();
      String parked = consumer.receiveBody("jms:queue:tradelane.dlq", 30_000, String.class);
      assertThat(parked).isEqualTo("42");
      assertThat(attempts).hasValue(3);
      assertThat(consumer.receiveBody("jms:queue:test.follow-up", 500, String.class))
          .as("what a failed attempt handed on is rolled back with it")
          .isNull();
      JdbcTemplate jdbc = hub.jdbc();
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(
                          jdbc.queryForList(
                              "select message from hub_event where kind = 'stage-failed'",
                              String.class))
                      .hasSize(3)
                      .allMatch(m -> m.contains("injected failure")));
    }
  }
}
