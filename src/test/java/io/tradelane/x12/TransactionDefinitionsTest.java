package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The transaction set definitions under {@code x12/schemas/}: every file loads and keeps to the XML
 * subset the purpose-built validator reads, and hand-written interchanges of each set and version
 * read as they should: the valid ones without a single error, envelope and group included, the
 * broken ones with exactly the error they were written to have.
 */
class TransactionDefinitionsTest {

  private static final Path SCHEMAS = Path.of("src", "main", "resources", "x12", "schemas");
  private static final Path SAMPLES = Path.of("src", "test", "resources", "x12", "definitions");
  private static final String NAMESPACE = "http://xlate.io/EDISchema/v4";

  /** Element name to the attributes it may carry. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("schema", Set.of()),
          Map.entry("transaction", Set.of()),
          Map.entry("sequence", Set.of()),
          Map.entry("segment", Set.of("type", "minOccurs", "maxOccurs")),
          Map.entry("loop", Set.of("code", "minOccurs", "maxOccurs")),
          Map.entry("any", Set.of("minOccurs", "maxOccurs")),
          Map.entry("element", Set.of("type", "minOccurs", "maxOccurs")),
          Map.entry("composite", Set.of("type", "minOccurs", "maxOccurs")),
          Map.entry("segmentType", Set.of("name")),
          Map.entry("compositeType", Set.of("name")),
          Map.entry(
              "elementType", Set.of("name", "number", "base", "scale", "minLength", "maxLength")),
          Map.entry("enumeration", Set.of()),
          Map.entry("value", Set.of()),
          Map.entry("syntax", Set.of("type")),
          Map.entry("position", Set.of()));

  private static final Set<String> BASES =
      Set.of("identifier", "string", "numeric", "decimal", "date", "time");
  private static final Set<String> SYNTAX_TYPES =
      Set.of("paired", "required", "exclusion", "conditional", "list", "single");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "856-004010.edi",
        "856-005010.edi",
        "810-004010.edi",
        "810-005010.edi",
        "830-004010.edi",
        "830-005010.edi",
        "860-004010.edi",
        "860-005010.edi",
        "852-004010.edi",
        "852-005010.edi",
        "865-004010.edi",
        "865-005010.edi"
      })
  void reads_valid_sets_of_both_versions_without_errors(String name) {
    Interchange interchange = readOne(name);

    assertThat(interchange.describeErrors()).isEmpty();
    TransactionSet set = interchange.groups().get(0).sets().get(0);
    assertThat(set.code()).isEqualTo(name.substring(0, 3));
    assertThat(set.describeErrors()).isEmpty();
  }

  @Test
  void reads_valid_856_pick_and_pack_hierarchy_with_sscc_labels() {
    TransactionSet asn = onlySet("856-004010.edi");

    assertThat(asn.segments())
        .filteredOn(s -> s.tag().equals("HL"))
        .extracting(s -> s.element(3))
        .containsExactly("S", "O", "T", "P", "I", "P", "I");
    assertThat(asn.segments())
        .filteredOn(s -> s.tag().equals("MAN"))
        .allSatisfy(s -> assertThat(s.element(1)).isEqualTo("GM"));
  }

  @Test
  void reports_856_without_bsn_as_mandatory_segment_missing() {
    assertThat(onlySet("bad-856-missing-bsn.edi").segmentErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.tag()).isEqualTo("BSN");
              assertThat(e.position()).isEqualTo(2);
              assertThat(e.code()).isEqualTo(SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
            });
  }

  @Test
  void reports_810_without_tds_as_mandatory_segment_missing() {
    assertThat(onlySet("bad-810-missing-tds.edi").segmentErrors())
        .extracting(SegmentError::tag, SegmentError::position, SegmentError::code)
        .containsExactly(tuple("TDS", 18, SegmentErrorCode.MANDATORY_SEGMENT_MISSING));
  }

  @Test
  void reports_unknown_hl_level_as_invalid_code_value() {
    assertOnlyElementError(
        "bad-856-unknown-hl-level.edi", "HL", 18, 3, "735", ElementErrorCode.INVALID_CODE_VALUE);
  }

  @Test
  void reports_unknown_852_activity_code_as_invalid_code_value() {
    assertOnlyElementError(
        "bad-852-unknown-activity.edi", "ZA", 8, 1, "859", ElementErrorCode.INVALID_CODE_VALUE);
  }

  @Test
  void reports_unknown_860_change_type_as_invalid_code_value() {
    assertOnlyElementError(
        "bad-860-unknown-change-type.edi", "POC", 8, 2, "670", ElementErrorCode.INVALID_CODE_VALUE);
  }

  @Test
  void reports_too_long_bsn02_as_too_long() {
    assertOnlyElementError(
        "bad-856-bsn02-too-long.edi", "BSN", 2, 2, "396", ElementErrorCode.TOO_LONG);
  }

  @Test
  void reports_a_50_character_reference_as_too_long_in_4010_only() {
    assertOnlyElementError(
        "bad-830-ref-too-long-for-4010.edi", "REF", 8, 2, "127", ElementErrorCode.TOO_LONG);
  }

  @Test
  void reports_td1_weight_without_its_unit_as_paired_rule_violation() {
    assertOnlyElementError(
        "bad-856-td1-weight-without-unit.edi",
        "TD1",
        5,
        8,
        "355",
        ElementErrorCode.CONDITIONAL_REQUIRED_MISSING);
  }

  @ParameterizedTest
  @MethodSource("schemaFiles")
  void loads_every_definition_in_staedi(Path file) throws Exception {
    try (InputStream xml = Files.newInputStream(file)) {
      assertThat(SchemaFactory.newFactory().createSchema(xml)).isNotNull();
    }
  }

  @ParameterizedTest
  @MethodSource("schemaFiles")
  void uses_only_the_xml_subset_the_validator_reads(Path file) throws Exception {
    Element root = hardenedBuilder().parse(file.toFile()).getDocumentElement();

    List<String> problems = new ArrayList<>();
    check(root, problems);

    assertThat(root.getLocalName()).isEqualTo("schema");
    assertThat(problems).as(file.toString()).isEmpty();
  }

  @Test
  void defines_every_set_we_exchange_in_both_versions() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains(
              "810-004010.xml",
              "810-005010.xml",
              "830-004010.xml",
              "830-005010.xml",
              "852-004010.xml",
              "852-005010.xml",
              "856-004010.xml",
              "856-005010.xml",
              "860-004010.xml",
              "860-005010.xml",
              "865-004010.xml",
              "865-005010.xml");
    }
  }

  static Stream<Path> schemaFiles() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
    }
  }

  private static void check(Element element, List<String> problems) {
    String name = element.getLocalName();
    String where = name + " " + element.getAttribute("name") + element.getAttribute("type");
    if (!NAMESPACE.equals(element.getNamespaceURI()) || !ALLOWED.containsKey(name)) {
      problems.add("element not allowed: {" + element.getNamespaceURI() + "}" + name);
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      boolean declaration = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI());
      if (!declaration && !ALLOWED.get(name).contains(attribute.getName())) {
        problems.add(where + ": attribute not allowed: " + attribute.getName());
      }
    }
    if (name.equals("elementType") && !BASES.contains(element.getAttribute("base"))) {
      problems.add(where + ": base not allowed: " + element.getAttribute("base"));
    }
    if (name.equals("syntax") && !SYNTAX_TYPES.contains(element.getAttribute("type"))) {
      problems.add(where + ": syntax type not allowed: " + element.getAttribute("type"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      switch (child.getNodeType()) {
        case Node.ELEMENT_NODE -> check((Element) child, problems);
        case Node.COMMENT_NODE -> {}
        case Node.TEXT_NODE -> {
          if (!child.getNodeValue().isBlank()
              && !name.equals("value")
              && !name.equals("position")) {
            problems.add(where + ": text not allowed: " + child.getNodeValue().strip());
          }
        }
        default -> problems.add(where + ": node not allowed: " + child.getNodeName());
      }
    }
  }

  private static DocumentBuilder hardenedBuilder() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }

  private static void assertOnlyElementError(
      String sample,
      String tag,
      int segmentPosition,
      int elementPosition,
      String reference,
      ElementErrorCode code) {
    assertThat(onlySet(sample).segmentErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.tag()).isEqualTo(tag);
              assertThat(e.position()).isEqualTo(segmentPosition);
              assertThat(e.code()).isEqualTo(SegmentErrorCode.HAS_ELEMENT_ERRORS);
              assertThat(e.elementErrors())
                  .extracting(ElementError::position, ElementError::reference, ElementError::code)
                  .containsExactly(tuple(elementPosition, reference, code));
            });
  }

  private static TransactionSet onlySet(String name) {
    Interchange interchange = readOne(name);
    assertThat(interchange.errors()).isEmpty();
    return interchange.groups().get(0).sets().get(0);
  }

  private static Interchange readOne(String name) {
    try (InputStream in = Files.newInputStream(SAMPLES.resolve(name))) {
      List<Interchange> all = new InterchangeReader().readAll(in);
      assertThat(all).as(name).hasSize(1);
      return all.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
