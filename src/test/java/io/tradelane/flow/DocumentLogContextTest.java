package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.exchange.DocumentLogContext;
import io.tradelane.runtime.InJvmHub;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.DefaultExchange;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Each line logged while a stage works on a document names that document: ACME's PO comes in, and
 * the lines its delivery stage logs for the 997 and the 855 carry {@code out/<id>} of each; in the
 * JSON layout ({@code hub.log.format=json}) the document is a field of its own.
 */
class DocumentLogContextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void lines_logged_for_a_document_name_it() throws Exception {
    List<LogEvent> events = new CopyOnWriteArrayList<>();
    LoggerContext logging = (LoggerContext) LogManager.getContext(false);
    AbstractAppender capture =
        new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            events.add(event.toImmutable());
          }
        };
    capture.start();
    logging.getConfiguration().getRootLogger().addAppender(capture, null, null);
    logging.getConfiguration().getLoggerConfig("io.tradelane").addAppender(capture, null, null);
    logging.updateLoggers();
    try (InJvmHub hub = InJvmHub.start("document-log", null, Map.of())) {
      SampleFlowTest.sendSample(hub, "acme", "850/acme-single-po.edi", 1);
      Map<String, Long> sent =
          Map.of(
              "997",
              hub.jdbc()
                  .queryForObject(
                      "select id from outbound_document where doc_type = '997'", Long.class),
              "855",
              hub.jdbc()
                  .queryForObject(
                      "select id from outbound_document where doc_type = '855'", Long.class));
      for (Map.Entry<String, Long> doc : sent.entrySet()) {
        LogEvent delivered =
            events.stream()
                .filter(
                    e ->
                        e.getMessage()
                            .getFormattedMessage()
                            .startsWith("Delivered " + doc.getKey()))
                .findFirst()
                .orElseThrow();
        assertThat(delivered.getContextData().<String>getValue("document"))
            .isEqualTo("out/" + doc.getValue());
        JsonNode line =
            JSON.readTree(
                JsonTemplateLayout.newBuilder()
                    .setConfiguration(logging.getConfiguration())
                    .setEventTemplateUri("classpath:log-event.json")
                    .build()
                    .toSerializable(delivered));
        assertThat(line.path("document").asText()).isEqualTo("out/" + doc.getValue());
        assertThat(line.path("route").asText()).isEqualTo("outbound-deliver");
        assertThat(line.path("message").asText()).startsWith("Delivered " + doc.getKey());
      }
      // outside a stage's work (the routes' start), no document is named
      assertThat(
              events.stream()
                  .filter(e -> e.getMessage().getFormattedMessage().strip().startsWith("Started "))
                  .map(e -> e.getContextData().<String>getValue("document")))
          .isNotEmpty()
          .containsOnlyNulls();
    } finally {
      logging.getConfiguration().getRootLogger().removeAppender("capture");
      logging.getConfiguration().getLoggerConfig("io.tradelane").removeAppender("capture");
      logging.updateLoggers();
    }
  }

  @Test
  void an_http_request_about_one_document_or_file_names_it() throws Exception {
    DocumentLogContext context = new DocumentLogContext(Map.of());
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      Map<String, String> named = new LinkedHashMap<>();
      for (String path :
          List.of(
              "/console/api/documents/out/9/replay",
              "/console/api/documents/in/12",
              "/console/api/files/3/replay",
              "/api/outbound/41/replay",
              "/console/api/documents?po=4500012345",
              "/console/api/dashboard")) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(Exchange.HTTP_URI, path);
        MDC.remove(DocumentLogContext.KEY);
        context.request(exchange);
        named.put(path, String.valueOf(MDC.get(DocumentLogContext.KEY)));
        // the unit of work's end: the completions it runs
        List<Synchronization> completions = exchange.getExchangeExtension().handoverCompletions();
        if (completions != null) {
          completions.forEach(c -> c.onComplete(exchange));
        }
        assertThat(MDC.get(DocumentLogContext.KEY)).as("cleared when done").isNull();
      }
      assertThat(named)
          .containsExactly(
              Map.entry("/console/api/documents/out/9/replay", "out/9"),
              Map.entry("/console/api/documents/in/12", "in/12"),
              Map.entry("/console/api/files/3/replay", "file/3"),
              Map.entry("/api/outbound/41/replay", "out/41"),
              Map.entry("/console/api/documents?po=4500012345", "null"),
              Map.entry("/console/api/dashboard", "null"));
    }
  }
}
