package io.tradelane.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class CanonicalOrderXmlTest {

  private final CanonicalOrderXml canonical = new CanonicalOrderXml();

  @Test
  void renders_sample_order_exactly_as_documented() throws IOException {
    assertThat(canonical.toXml(SampleOrders.acmePo1001()))
        .isEqualTo(resource("/canonical/acme-PO1001.xml"));
  }

  @Test
  void escapes_markup_so_a_parser_reads_the_value_back() throws Exception {
    String xml = canonical.toXml(SampleOrders.acmePo1001());

    assertThat(xml).contains("Acme Stores &amp; Sons &lt;DC 4&gt;");
    assertThat(firstText(xml, "name")).isEqualTo("Acme Stores & Sons <DC 4>");
  }

  @Test
  void escapes_quotes_and_markup_in_attributes() throws Exception {
    Order order = withPo(SampleOrders.acmePo1001(), "P\"O&<1>");

    XMLStreamReader reader = parse(canonical.toXml(order));
    reader.nextTag();
    assertThat(reader.getAttributeValue(null, "po")).isEqualTo("P\"O&<1>");
  }

  @Test
  void writes_decimals_without_exponent_and_keeps_their_scale() {
    String xml = canonical.toXml(SampleOrders.acmePo1001());

    assertThat(xml).contains("<quantity>100</quantity>").contains("<unitPrice>12.50</unitPrice>");
    assertThat(xml).doesNotContainPattern("\\dE[+-]?\\d");
  }

  @Test
  void leaves_out_absent_values() {
    String xml = canonical.toXml(SampleOrders.acmePo1001());

    String rejectedLine =
        xml.substring(xml.indexOf("<line no=\"3\">"), xml.indexOf("<line no=\"4\">"));
    assertThat(rejectedLine).doesNotContain("<sku>", "<upc>", "<ourPrice>");
  }

  @Test
  void refuses_a_value_xml_cannot_carry() {
    Order order = withPo(SampleOrders.acmePo1001(), "PO\u00011001");

    assertThatThrownBy(() -> canonical.toXml(order))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("po holds U+0001, which XML 1.0 does not allow");
  }

  @Test
  void writes_with_the_jdk_stax_implementation_even_when_smooks_replaced_the_default() {
    // Woodstox and Aalto come with Smooks: the JVM-wide lookup no longer yields the JDK's writer
    assertThat(XMLOutputFactory.newFactory().getClass().getName()).doesNotStartWith("com.sun.");
    assertThat(canonical.writerImplementation())
        .isEqualTo(XMLOutputFactory.newDefaultFactory().getClass().getName())
        .startsWith("com.sun.xml.internal.stream.");
  }

  @Test
  void renders_an_order_without_ship_to_or_lines() {
    Order bare =
        new Order(
            7,
            "BETA",
            "9",
            LocalDate.of(2026, 1, 5),
            null,
            null,
            null,
            null,
            "RJ",
            null,
            List.of());

    assertThat(canonical.toXml(bare))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <order xmlns="urn:tradelane:order:1" id="7" partner="BETA" po="9">
              <poDate>2026-01-05</poDate>
              <ackType>RJ</ackType>
              <lines>
              </lines>
            </order>
            """);
  }

  private static Order withPo(Order o, String po) {
    return new Order(
        o.id(),
        o.partnerId(),
        po,
        o.poDate(),
        o.orderType(),
        o.requestedShipDate(),
        o.currency(),
        o.shipTo(),
        o.ackType(),
        o.receivedAt(),
        o.lines());
  }

  private static XMLStreamReader parse(String xml) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    return factory.createXMLStreamReader(new StringReader(xml));
  }

  private static String firstText(String xml, String element) throws Exception {
    XMLStreamReader reader = parse(xml);
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals(element)) {
        return reader.getElementText();
      }
    }
    throw new AssertionError("no element " + element);
  }

  static String resource(String name) throws IOException {
    try (var in = CanonicalOrderXmlTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
