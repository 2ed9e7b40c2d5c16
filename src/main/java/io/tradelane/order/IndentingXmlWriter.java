package io.tradelane.order;

import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter} for element-only documents: indents, leaves out null
 * values, writes decimals without exponent and refuses characters XML 1.0 cannot carry (a StAX
 * writer would copy them through and produce XML no parser accepts).
 */
final class IndentingXmlWriter {

  private final XMLStreamWriter xml;
  private int depth;

  IndentingXmlWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  void startDocument() throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
  }

  void endDocument() throws XMLStreamException {
    xml.writeEndDocument();
    xml.close();
  }

  void start(String name) throws XMLStreamException {
    newLine();
    xml.writeStartElement(name);
    depth++;
  }

  void defaultNamespace(String uri) throws XMLStreamException {
    xml.writeDefaultNamespace(uri);
  }

  void attribute(String name, Object value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, text(name, value));
    }
  }

  /** A child element holding {@code value}, or nothing when the value is null. */
  void element(String name, Object value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    newLine();
    xml.writeStartElement(name);
    xml.writeCharacters(text(name, value));
    xml.writeEndElement();
  }

  void end() throws XMLStreamException {
    depth--;
    newLine();
    xml.writeEndElement();
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static String text(String name, Object value) {
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    text.codePoints()
        .filter(c -> !isXmlChar(c))
        .findFirst()
        .ifPresent(
            c -> {
              throw new IllegalArgumentException(
                  String.format("%s holds U+%04X, which XML 1.0 does not allow", name, c));
            });
    return text;
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
