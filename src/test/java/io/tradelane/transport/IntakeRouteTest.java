package io.tradelane.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.HubConfiguration;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The intake route as the hub runs it (its YAML, properties and configuration class): a file is
 * taken only once it is complete, stored with its bytes and hash, and only then removed; names a
 * client uses while uploading are never taken.
 */
@CamelMainTest(
    propertyPlaceholderLocations = "file:config/application.properties",
    configurationClasses = HubConfiguration.class,
    properties = {
      "hub.data-dir=" + IntakeRouteTest.DATA_DIR,
      "hub.http.port=0",
      "hub.intake.min-age-ms=1000",
      "hub.intake.poll-ms=50"
    })
class IntakeRouteTest {

  static final String DATA_DIR = "target/hubs/intake-route-test";
  private static final Path INBOX = Path.of(DATA_DIR, "mailbox", "acme", "in");

  @BeanInject CamelContext camel;

  @BeforeAll
  static void freshDataDir() throws IOException {
    FileSystemUtils.deleteRecursively(Path.of(DATA_DIR));
  }

  @Test
  void takes_a_file_only_once_it_stops_growing_and_stores_all_of_it() throws Exception {
    String content = Files.readString(Path.of("edi-samples", "850", "acme-single-po.edi"));
    int half = content.length() / 2;
    Path file = INBOX.resolve("growing.edi");
    NotifyBuilder taken = new NotifyBuilder(camel).fromRoute("intake-mailbox").whenDone(1).create();
    AtomicInteger written = new AtomicInteger(content.length());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content.substring(0, half).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // still being written: it stays where it is while it keeps changing
      await()
          .during(Duration.ofMillis(1500))
          .atMost(Duration.ofSeconds(3))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                out.write(' ');
                out.flush();
                written.incrementAndGet();
                return Files.exists(file);
              });
      out.write(content.substring(half).getBytes(StandardCharsets.ISO_8859_1));
    }
    assertThat(taken.matches(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    assertThat(file).doesNotExist();
    Map<String, Object> stored =
        jdbc()
            .queryForMap(
                "select file_size, mailbox from inbound_file where file_name = 'growing.edi'");
    assertThat(((Number) stored.get("file_size")).intValue()).isEqualTo(written.get());
    assertThat(stored.get("mailbox")).isEqualTo("acme");
  }

  @Test
  void never_takes_files_under_upload_names() throws Exception {
    Files.writeString(INBOX.resolve("upload.edi.part"), "partial");
    Files.writeString(INBOX.resolve(".hidden.edi"), "hidden");
    Files.writeString(INBOX.resolve("upload.edi.tmp"), "temporary");

    await()
        .during(Duration.ofMillis(2500))
        .atMost(Duration.ofSeconds(4))
        .until(
            () ->
                Files.exists(INBOX.resolve("upload.edi.part"))
                    && Files.exists(INBOX.resolve(".hidden.edi"))
                    && Files.exists(INBOX.resolve("upload.edi.tmp")));
    assertThat(
            jdbc()
                .queryForObject(
                    "select count(*) from inbound_file where file_name like 'upload%' or file_name like '.hidden%'",
                    Integer.class))
        .isZero();
  }

  private JdbcTemplate jdbc() {
    return new JdbcTemplate(
        camel.getRegistry().lookupByNameAndType("dataSource", DataSource.class));
  }
}
