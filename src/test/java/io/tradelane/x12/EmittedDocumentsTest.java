package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the hub emits re-reads as valid with its own reader and definitions: every document the
 * sample flows delivered (the 997s, 999s and 855s under {@code edi-samples/850/expected/}), and a
 * TA1 of each outcome as the writer renders it.
 */
class EmittedDocumentsTest {

  private final OutboundValidator validator = new OutboundValidator();

  static Stream<Path> delivered() throws IOException {
    try (Stream<Path> all = Files.walk(Samples.FOLDER.resolve("expected"))) {
      List<Path> found = all.filter(p -> p.toString().endsWith(".edi")).sorted().toList();
      assertThat(found).as("delivered documents recorded by SampleFlowTest").isNotEmpty();
      return found.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delivered")
  void every_delivered_document_is_valid(Path document) throws IOException {
    String text = Files.readString(document, StandardCharsets.ISO_8859_1);

    assertThat(validator.validate(text)).isEmpty();
  }

  @Test
  void every_ta1_outcome_renders_valid() {
    Delimiters delimiters = new Delimiters('*', '~', '>', (char) 0);
    for (Interchange inbound :
        List.of(
            Samples.readOne("acme-single-po.edi"),
            Samples.readOne("bad-acme-iea-mismatch.edi"),
            Samples.readOne("acme-single-po.edi")
                .withEnvelopeError(
                    EnvelopeError.warning(InterchangeNote.INVALID_CONTENT, "not padded")))) {
      Segment ta1 =
          new AckBuilder().build(inbound, Set.of(AckKind.TA1), delimiters).ta1().orElseThrow();
      String rendered = X12WriterTest.renderTa1(ta1);

      assertThat(validator.validate(rendered)).as(rendered).isEmpty();
      assertThat(Samples.readText(rendered).get(0).interchangeAcks()).containsExactly(ta1);
    }
  }

  @Test
  void reports_a_ta1_with_an_unknown_note_code() {
    String rendered =
        X12WriterTest.renderTa1(Segment.of("TA1", "000000101", "261120", "0930", "R", "999"));

    Interchange read = Samples.readText(rendered).get(0);

    assertThat(read.interchangeAcks()).isEmpty();
    assertThat(read.describeErrors()).singleElement().asString().contains("TA105", "invalid TA1");
  }
}
