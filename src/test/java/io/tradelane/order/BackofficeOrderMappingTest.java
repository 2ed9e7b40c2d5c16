package io.tradelane.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back-office mapping in {@code config/smooks/order-backoffice.xml}, run through the
 * camel-smooks endpoint the hub uses, from the project root as working directory.
 */
class BackofficeOrderMappingTest {

  private static final String BACKOFFICE = "smooks:file:config/smooks/order-backoffice.xml";
  // the same template behind Smooks' default reader, to show what the hardening prevents
  private static final String UNHARDENED =
      "smooks:file:src/test/resources/backoffice/order-backoffice-unhardened.xml";

  private static CamelContext camel;
  private static ProducerTemplate producer;

  @BeforeAll
  static void startCamel() throws Exception {
    camel = new DefaultCamelContext();
    camel.start();
    long start = System.nanoTime();
    camel.addRoutes(route("direct:backoffice", BACKOFFICE));
    System.out.printf(
        "[timing] smooks endpoint for order-backoffice.xml started in %d ms%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    camel.addRoutes(route("direct:unhardened", UNHARDENED));
    producer = camel.createProducerTemplate();
  }

  private static RouteBuilder route(String from, String to) {
    return new RouteBuilder() {
      @Override
      public void configure() {
        from(from).to(to);
      }
    };
  }

  @AfterAll
  static void stopCamel() throws Exception {
    camel.close();
  }

  @Test
  void maps_canonical_order_to_the_backoffice_import_exactly() throws Exception {
    String canonical = CanonicalOrderXmlTest.resource("/canonical/acme-PO1001.xml");

    assertThat(transform(canonical))
        .isEqualTo(CanonicalOrderXmlTest.resource("/backoffice/acme-PO1001.xml"));
  }

  @Test
  void maps_a_stored_order_through_canonical_xml() throws Exception {
    String canonical = new CanonicalOrderXml().toXml(SampleOrders.acmePo1001());

    String backoffice = transform(canonical);

    assertThat(backoffice).isEqualTo(CanonicalOrderXmlTest.resource("/backoffice/acme-PO1001.xml"));
    assertThat(backoffice).contains("<Name>Acme Stores &amp; Sons &lt;DC 4&gt;</Name>");
  }

  @Test
  void fails_on_an_ack_code_the_mapping_does_not_know() throws Exception {
    String canonical =
        CanonicalOrderXmlTest.resource("/canonical/acme-PO1001.xml")
            .replace("<ackCode>IR</ackCode>", "<ackCode>ZZ</ackCode>");

    assertThatThrownBy(() -> transform(canonical))
        .isInstanceOf(CamelExecutionException.class)
        .hasStackTraceContaining("lineStatus[line.ackCode]");
  }

  @Test
  void refuses_an_external_entity_and_never_reads_the_file(@TempDir Path dir) throws Exception {
    String secret = "secret-" + UUID.randomUUID();
    String attack = withEntityInShipToName(secretFile(dir, secret));

    Throwable failure = catchFailure(() -> transform(attack));

    assertThat(failure).as("the hardened reader must refuse the DOCTYPE").isNotNull();
    assertThat(chainText(failure)).doesNotContain(secret).contains("DOCTYPE is disallowed");
  }

  @Test
  void default_smooks_reader_would_resolve_the_entity(@TempDir Path dir) throws Exception {
    String secret = "secret-" + UUID.randomUUID();
    String attack = withEntityInShipToName(secretFile(dir, secret));

    String leaked = producer.requestBody("direct:unhardened", attack, String.class);

    // proves the attack above is real: only the reader features stop it
    assertThat(leaked).contains("<Name>" + secret + "</Name>");
  }

  @Test
  void refuses_a_doctype_even_with_only_internal_entities() throws Exception {
    String canonical = CanonicalOrderXmlTest.resource("/canonical/acme-PO1001.xml");
    String laughs =
        canonical.replaceFirst(
            "\\?>",
            "?>\n<!DOCTYPE order [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>");

    assertThatThrownBy(() -> transform(laughs)).hasStackTraceContaining("DOCTYPE is disallowed");
  }

  @Test
  void leaves_the_smooks_execution_context_in_a_header_for_the_route_to_remove() throws Exception {
    String canonical = CanonicalOrderXmlTest.resource("/canonical/acme-PO1001.xml");

    Exchange done = producer.request("direct:backoffice", e -> e.getIn().setBody(canonical));

    // camel-smooks 4.17 behaviour: the route must drop it before JMS, files or logs see it
    assertThat(done.getMessage().getHeaders()).containsKey("CamelSmooksExecutionContext");
  }

  @Test
  void reports_how_long_one_order_takes() throws Exception {
    String canonical = CanonicalOrderXmlTest.resource("/canonical/acme-PO1001.xml");
    long first = System.nanoTime();
    transform(canonical);
    long firstMicros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - first);
    int runs = 500;
    long warm = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      transform(canonical);
    }
    long warmMicros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - warm) / runs;

    System.out.printf(
        "[timing] one order (4 lines): first %d us, then %d us each over %d runs%n",
        firstMicros, warmMicros, runs);
  }

  private static String transform(String canonical) {
    return producer.requestBody("direct:backoffice", canonical, String.class);
  }

  private static Path secretFile(Path dir, String secret) throws Exception {
    return Files.writeString(dir.resolve("secret.txt"), secret, StandardCharsets.UTF_8);
  }

  private static String withEntityInShipToName(Path file) throws Exception {
    return CanonicalOrderXmlTest.resource("/canonical/acme-PO1001.xml")
        .replaceFirst(
            "\\?>", "?>\n<!DOCTYPE order [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>")
        .replace("Acme Stores &amp; Sons &lt;DC 4&gt;", "&xxe;");
  }

  private static Throwable catchFailure(ThrowingRunnable action) {
    try {
      action.run();
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private static String chainText(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
