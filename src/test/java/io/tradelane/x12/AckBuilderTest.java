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

/** Every sample in edi-samples/850 against its expected/*.ack. */
class AckBuilderTest {

  private static final Delimiters ACME = new Delimiters('*', '~', '>', (char) 0);
  private static final Delimiters BIGBOX = new Delimiters('|', '~', ':', '^');

  static Stream<String> samples() throws IOException {
    return Samples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void acknowledges_each_sample_with_exactly_the_expected_segments(String sample)
      throws IOException {
    boolean bigbox = sample.contains("bigbox");
    Set<AckKind> wanted = Set.of(bigbox ? AckKind.FA_999 : AckKind.FA_997);

    List<String> produced =
        Samples.read(sample).stream()
            .flatMap(
                i -> render(new AckBuilder().build(i, wanted, bigbox ? BIGBOX : ACME)).stream())
            .toList();

    assertThat(produced).containsExactlyElementsOf(expected(sample));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sends_only_a_ta1_when_the_partner_wants_only_ta1(String sample) {
    for (Interchange interchange : Samples.read(sample)) {
      Acknowledgements acks = new AckBuilder().build(interchange, Set.of(AckKind.TA1), ACME);

      assertThat(acks.ta1()).isPresent();
      assertThat(acks.groupAcks()).isEmpty();
    }
  }

  @Test
  void sends_no_ta1_for_data_without_a_readable_isa() {
    Interchange junk = Samples.readText("not an interchange at all").get(0);

    Acknowledgements acks = new AckBuilder().build(junk, Set.of(AckKind.TA1, AckKind.FA_997), ACME);

    assertThat(acks.ta1()).isEmpty();
    assertThat(acks.groupAcks()).isEmpty();
  }

  @Test
  void marks_999_with_the_x231_implementation_reference() {
    Acknowledgements acks =
        new AckBuilder()
            .build(Samples.readOne("bigbox-single-po.edi"), Set.of(AckKind.FA_999), BIGBOX);

    assertThat(acks.groupAcks())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.setCode()).isEqualTo("999");
              assertThat(a.implementationReference()).isEqualTo("005010X231A1");
              assertThat(a.acknowledged().controlNumber()).isEqualTo("201");
            });
  }

  private static List<String> expected(String sample) throws IOException {
    Path file = Samples.FOLDER.resolve("expected").resolve(sample.replace(".edi", ".ack"));
    return Files.readAllLines(file, StandardCharsets.US_ASCII);
  }

  static List<String> render(Acknowledgements acks) {
    Stream<Segment> ta1 = acks.ta1().stream();
    Stream<Segment> bodies = acks.groupAcks().stream().flatMap(a -> a.body().stream());
    return Stream.concat(ta1, bodies)
        .map(s -> s.tag() + (s.elements().isEmpty() ? "" : "*" + String.join("*", s.elements())))
        .toList();
  }
}
