package io.tradelane.x12.definition;

import io.tradelane.xml.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a definition file: the element, composite and segment types it declares and, when it has
 * one, its transaction segment table. The format is StAEDI's schema format (v4), of which we use
 * the subset listed in {@code x12/schemas/README.md}; the JDK's own parser reads it, with DOCTYPEs
 * and external entities refused.
 */
final class DefinitionReader {

  private static final int UNBOUNDED = Integer.MAX_VALUE;

  private final Map<String, Element> declared = new HashMap<>();
  private final Map<String, ElementType> elements = new HashMap<>();
  private final Map<String, CompositeType> composites = new HashMap<>();
  private final Map<String, SegmentType> segments = new HashMap<>();
  private final Set<String> tags = new LinkedHashSet<>();

  private DefinitionReader() {}

  /** The segment types a definition file declares, by tag, and its transaction body if any. */
  record Contents(Map<String, SegmentType> segments, LoopNode body, Set<String> tags) {}

  static Contents read(InputStream xml, String name) throws IOException {
    try {
      Document doc = parser().parse(xml);
      return new DefinitionReader().contents(doc.getDocumentElement());
    } catch (SAXException | ParserConfigurationException | RuntimeException e) {
      throw new IOException("definition " + name + " is broken: " + e.getMessage(), e);
    }
  }

  private Contents contents(Element schema) {
    Element transaction = null;
    for (Element child : children(schema)) {
      switch (child.getLocalName()) {
        case "transaction" -> transaction = child;
        case "elementType", "compositeType", "segmentType" ->
            declared.put(child.getAttribute("name"), child);
        default -> throw new IllegalArgumentException("unexpected <" + child.getLocalName() + ">");
      }
    }
    declared.values().stream()
        .filter(e -> e.getLocalName().equals("segmentType"))
        .forEach(e -> segment(e.getAttribute("name")));
    LoopNode body =
        transaction == null ? null : new LoopNode("", 1, 1, sequence(sequenceOf(transaction)));
    return new Contents(Map.copyOf(segments), body, tags);
  }

  private List<StructureNode> sequence(Element sequence) {
    List<StructureNode> nodes = new ArrayList<>();
    for (Element child : children(sequence)) {
      int min = intAttribute(child, "minOccurs", 0);
      int max = intAttribute(child, "maxOccurs", 1);
      switch (child.getLocalName()) {
        case "segment" -> {
          SegmentType type = segment(child.getAttribute("type"));
          tags.add(type.tag());
          nodes.add(new SegmentNode(type, min, max));
        }
        case "loop" ->
            nodes.add(new LoopNode(loopCode(child), min, max, sequence(sequenceOf(child))));
        default -> throw new IllegalArgumentException("unexpected <" + child.getLocalName() + ">");
      }
    }
    return nodes;
  }

  private SegmentType segment(String tag) {
    SegmentType known = segments.get(tag);
    if (known != null) {
      return known;
    }
    Element e = declaration(tag, "segmentType");
    Positions positions = positions(sequenceOf(e));
    SegmentType type = new SegmentType(tag, positions.uses, positions.loose, rules(e));
    segments.put(tag, type);
    return type;
  }

  private CompositeType composite(String name) {
    return composites.computeIfAbsent(
        name,
        n -> {
          Element e = declaration(n, "compositeType");
          return new CompositeType(n, positions(sequenceOf(e)).uses, rules(e));
        });
  }

  private ElementType element(String name) {
    return elements.computeIfAbsent(
        name,
        n -> {
          Element e = declaration(n, "elementType");
          Set<String> codes = new LinkedHashSet<>();
          for (Element list : children(e)) {
            children(list).forEach(v -> codes.add(v.getTextContent().trim()));
          }
          DataType type = DataType.of(e.getAttribute("base"));
          return new ElementType(
              e.getAttribute("number"),
              type,
              intAttribute(e, "minLength", 1),
              intAttribute(e, "maxLength", UNBOUNDED),
              codes);
        });
  }

  private record Positions(List<ElementUse> uses, int loose) {}

  private Positions positions(Element sequence) {
    List<ElementUse> uses = new ArrayList<>();
    int loose = 0;
    for (Element child : children(sequence)) {
      boolean required = intAttribute(child, "minOccurs", 0) > 0;
      int repeat = intAttribute(child, "maxOccurs", 1);
      String type = child.getAttribute("type");
      switch (child.getLocalName()) {
        case "element" -> uses.add(new ElementUse(element(type), null, required, repeat));
        case "composite" -> uses.add(new ElementUse(null, composite(type), required, repeat));
        case "any" -> loose = intAttribute(child, "maxOccurs", 1);
        default -> throw new IllegalArgumentException("unexpected <" + child.getLocalName() + ">");
      }
    }
    return new Positions(uses, loose);
  }

  private List<SyntaxRule> rules(Element type) {
    List<SyntaxRule> rules = new ArrayList<>();
    for (Element child : children(type)) {
      if (child.getLocalName().equals("syntax")) {
        List<Integer> positions = new ArrayList<>();
        children(child).forEach(p -> positions.add(Integer.parseInt(p.getTextContent().trim())));
        rules.add(new SyntaxRule(SyntaxRule.Kind.of(child.getAttribute("type")), positions));
      }
    }
    return rules;
  }

  private Element declaration(String name, String kind) {
    Element e = declared.get(name);
    if (e == null || !e.getLocalName().equals(kind)) {
      throw new IllegalArgumentException("no " + kind + " named '" + name + "'");
    }
    return e;
  }

  private static String loopCode(Element loop) {
    String code = loop.getAttribute("code");
    return code.startsWith("L") ? code.substring(1) : code;
  }

  private static Element sequenceOf(Element parent) {
    return children(parent).stream()
        .filter(c -> c.getLocalName().equals("sequence"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no <sequence> in " + parent.getTagName()));
  }

  private static List<Element> children(Element parent) {
    List<Element> all = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        all.add(e);
      }
    }
    return all;
  }

  private static int intAttribute(Element e, String name, int otherwise) {
    String value = e.getAttribute(name);
    if (value.isEmpty()) {
      return otherwise;
    }
    return value.equals("unbounded") ? UNBOUNDED : Integer.parseInt(value);
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    return SafeXml.documentBuilder();
  }
}
