package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.admin.ConsoleClient;
import io.tradelane.runtime.InJvmHub;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

/**
 * Secrets given to the hub never reach its log: a hub started with a console admin password and an
 * AS2 keystore password of its own logs neither, at start or while signing the admin in.
 */
class SecretsNotLoggedTest {

  @Test
  void the_first_admins_password_and_the_keystore_password_are_not_logged() throws Exception {
    String adminPassword = "console-secret-" + UUID.randomUUID();
    String keystorePassword = "keystore-secret-" + UUID.randomUUID();
    List<String> lines = new CopyOnWriteArrayList<>();
    LoggerContext logging = (LoggerContext) LogManager.getContext(false);
    AbstractAppender capture =
        new AbstractAppender("secrets", null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            lines.add(event.getMessage().getFormattedMessage());
          }
        };
    capture.start();
    logging.getConfiguration().getRootLogger().addAppender(capture, null, null);
    logging.getConfiguration().getLoggerConfig("io.tradelane").addAppender(capture, null, null);
    logging.updateLoggers();
    int port = HubApi.freePort();
    try (InJvmHub hub =
        InJvmHub.start(
            "secrets",
            null,
            Map.of(
                "hub.http.port",
                Integer.toString(port),
                "hub.console.admin-password",
                adminPassword,
                "hub.as2.keystore-password",
                keystorePassword))) {
      new ConsoleClient(port).session("admin", adminPassword);
    } finally {
      logging.getConfiguration().getRootLogger().removeAppender("secrets");
      logging.getConfiguration().getLoggerConfig("io.tradelane").removeAppender("secrets");
      logging.updateLoggers();
    }
    assertThat(lines).as("the hub logged while starting").hasSizeGreaterThan(50);
    assertThat(lines).noneMatch(line -> line.contains(adminPassword));
    assertThat(lines).noneMatch(line -> line.contains(keystorePassword));
  }
}
