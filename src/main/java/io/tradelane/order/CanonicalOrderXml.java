package io.tradelane.order;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Renders an {@link Order} as canonical order XML, namespace {@value #NAMESPACE}: the input of the
 * back-office mappings in {@code config/smooks/}. The format is described in {@code
 * docs/canonical-order.md}: absent (null) values are left out, dates are ISO-8601, decimals are
 * plain strings without exponent, with the scale they were stored with.
 *
 * <p>It writes with the JDK's built-in StAX implementation ({@link
 * XMLOutputFactory#newDefaultFactory()}), never the JVM-wide lookup, which the Smooks and Daffodil
 * jars redirect to Woodstox or Aalto. A value holding a character that XML 1.0 cannot carry is
 * refused with an {@link IllegalArgumentException}. Instances are thread-safe.
 */
public final class CanonicalOrderXml {

  /** The namespace of canonical order XML, version 1. */
  public static final String NAMESPACE = "urn:tradelane:order:1";

  private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

  /**
   * The canonical XML of one order: UTF-8 declaration, two-space indentation, final newline.
   *
   * @throws IllegalArgumentException when a value holds a character XML 1.0 does not allow
   */
  public String toXml(Order order) {
    StringWriter out = new StringWriter();
    try {
      IndentingXmlWriter xml = new IndentingXmlWriter(factory.createXMLStreamWriter(out));
      xml.startDocument();
      writeOrder(order, xml);
      xml.endDocument();
    } catch (XMLStreamException e) {
      // a StringWriter does not fail: this is a bug, not bad input
      throw new IllegalStateException("cannot write order " + order.id(), e);
    }
    return out.append('\n').toString();
  }

  /** Which StAX implementation this class writes with, for diagnostics and tests. */
  String writerImplementation() {
    return factory.getClass().getName();
  }

  private static void writeOrder(Order order, IndentingXmlWriter xml) throws XMLStreamException {
    xml.start("order");
    xml.defaultNamespace(NAMESPACE);
    xml.attribute("id", order.id());
    xml.attribute("partner", order.partnerId());
    xml.attribute("po", order.poNumber());
    xml.element("poDate", order.poDate());
    xml.element("orderType", order.orderType());
    xml.element("requestedShipDate", order.requestedShipDate());
    xml.element("currency", order.currency());
    xml.element("ackType", order.ackType());
    xml.element(
        "receivedAt",
        order.receivedAt() == null
            ? null
            : DateTimeFormatter.ISO_INSTANT.format(order.receivedAt()));
    if (order.shipTo() != null) {
      writeShipTo(order.shipTo(), xml);
    }
    xml.start("lines");
    for (OrderLine line : order.lines()) {
      writeLine(line, xml);
    }
    xml.end();
    xml.end();
  }

  private static void writeShipTo(ShipTo shipTo, IndentingXmlWriter xml) throws XMLStreamException {
    xml.start("shipTo");
    xml.element("name", shipTo.name());
    xml.element("idQualifier", shipTo.idQualifier());
    xml.element("id", shipTo.id());
    xml.element("address", shipTo.address());
    xml.element("city", shipTo.city());
    xml.element("state", shipTo.state());
    xml.element("postalCode", shipTo.postalCode());
    xml.element("country", shipTo.country());
    xml.end();
  }

  private static void writeLine(OrderLine line, IndentingXmlWriter xml) throws XMLStreamException {
    xml.start("line");
    xml.attribute("no", line.lineNo());
    xml.element("buyerLineId", line.buyerLineId());
    xml.element("buyerItem", line.buyerItem());
    xml.element("upc", line.upc());
    xml.element("sku", line.sku());
    xml.element("quantity", line.quantity());
    xml.element("unit", line.unit());
    xml.element("unitPrice", line.unitPrice());
    xml.element("ourPrice", line.ourPrice());
    xml.element("ackCode", line.ackCode());
    xml.element("ackQuantity", line.ackQuantity());
    xml.element("allocated", line.allocated());
    xml.element("backordered", line.backordered());
    xml.end();
  }
}
