package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AckBuilderTest {

  private static final Delimiters ACME = new Delimiters('*', '~', '>', (char) 0);
  private static final Delimiters BIGBOX = new Delimiters('*', '~', ':', '^');

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(
            "acme-single-po.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of("AK1*PO*101", "AK2*850*0001", "AK5*A", "AK9*A*1*1*1")),
        Arguments.of(
            "bigbox-single-po.edi",
            Set.of(AckKind.FA_999),
            BIGBOX,
            List.of(
                "TA1*000000201*261120*0930*A*000",
                "AK1*PO*201*005010",
                "AK2*850*0001",
                "IK5*A",
                "AK9*A*1*1*1")),
        Arguments.of(
            "bigbox-no-linebreaks.edi",
            Set.of(AckKind.FA_999),
            BIGBOX,
            List.of(
                "TA1*000000202*261120*0930*A*000",
                "AK1*PO*202*005010",
                "AK2*850*0001",
                "IK5*A",
                "AK2*850*0002",
                "IK5*A",
                "AK9*A*2*2*2")),
        Arguments.of(
            "bad-acme-missing-beg.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of("AK1*PO*105", "AK2*850*0001", "AK3*BEG*2**3", "AK5*R*5", "AK9*R*1*1*0")),
        Arguments.of(
            "bad-acme-se-count.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of("AK1*PO*106", "AK2*850*0001", "AK5*R*4", "AK9*R*1*1*0")),
        Arguments.of(
            "bad-acme-beg03-too-long.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of(
                "AK1*PO*107",
                "AK2*850*0001",
                "AK3*BEG*2**8",
                "AK4*3*324*5*45000123540000000000001",
                "AK5*R*5",
                "AK9*R*1*1*0")),
        Arguments.of(
            "bad-acme-invalid-date.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of(
                "AK1*PO*108",
                "AK2*850*0001",
                "AK3*BEG*2**8",
                "AK4*5*373*8*20261332",
                "AK5*R*5",
                "AK9*R*1*1*0")),
        Arguments.of(
            "bad-acme-iea-mismatch.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of("TA1*000000108*261120*0930*R*001")),
        Arguments.of(
            "bad-bigbox-unknown-uom.edi",
            Set.of(AckKind.FA_999),
            BIGBOX,
            List.of(
                "TA1*000000203*261120*0930*A*000",
                "AK1*PO*203*005010",
                "AK2*850*0001",
                "IK3*PO1*10**8",
                "IK4*3*355*7*XX",
                "IK5*R*5",
                "AK9*R*1*1*0")),
        Arguments.of(
            "bad-bigbox-ge-count.edi",
            Set.of(AckKind.FA_999),
            BIGBOX,
            List.of(
                "TA1*000000204*261120*0930*A*000",
                "AK1*PO*204*005010",
                "AK2*850*0001",
                "IK5*A",
                "AK9*R*2*1*1*5")),
        Arguments.of(
            "bad-acme-duplicate-st02.edi",
            Set.of(AckKind.FA_997),
            ACME,
            List.of(
                "AK1*PO*110", "AK2*850*0001", "AK5*A", "AK2*850*0001", "AK5*R*23", "AK9*P*2*2*1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void acknowledges_each_sample_with_exact_segments(
      String sample, Set<AckKind> wanted, Delimiters outbound, List<String> expected) {
    Acknowledgements acks = new AckBuilder().build(Samples.readOne(sample), wanted, outbound);

    assertThat(render(acks)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sends_ta1_when_partner_asks_for_it(
      String sample, Set<AckKind> wanted, Delimiters outbound, List<String> expected) {
    Acknowledgements acks =
        new AckBuilder().build(Samples.readOne(sample), Set.of(AckKind.TA1), outbound);

    assertThat(acks.ta1()).isPresent();
    assertThat(acks.groupAcks()).isEmpty();
  }

  static List<String> render(Acknowledgements acks) {
    Stream<Segment> ta1 = acks.ta1().stream();
    Stream<Segment> bodies = acks.groupAcks().stream().flatMap(a -> a.body().stream());
    return Stream.concat(ta1, bodies)
        .map(s -> s.tag() + (s.elements().isEmpty() ? "" : "*" + String.join("*", s.elements())))
        .toList();
  }
}
