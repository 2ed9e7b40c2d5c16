package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class X12WriterTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 21, 14, 5);
  private static final Delimiters ACME = new Delimiters('*', '~', '>', (char) 0);
  private static final Delimiters BIGBOX = new Delimiters('|', '~', ':', '^');

  private final X12Writer writer = new X12Writer();
  private final OutboundValidator validator = new OutboundValidator();

  @Test
  void writes_acme_855_that_reads_back_without_errors() {
    String text = writer.write(acme("004010", "PR", List.of(poAck("0001"), poAck("0002"))));

    Interchange read = Samples.readText(text).get(0);
    assertThat(read.describeErrors()).isEmpty();
    assertThat(read.header().controlNumber()).isEqualTo("000000042");
    assertThat(read.trailerControlNumber()).isEqualTo("000000042");
    assertThat(read.declaredGroupCount()).isEqualTo("1");
    FunctionalGroup group = read.groups().get(0);
    assertThat(group.header().controlNumber()).isEqualTo("42");
    assertThat(group.declaredSetCount()).isEqualTo("2");
    assertThat(group.sets())
        .extracting(TransactionSet::controlNumber)
        .containsExactly("0001", "0002");
    assertThat(group.sets().get(0).segments()).last().isEqualTo(Segment.of("SE", "8", "0001"));
    assertThat(validator.validate(text)).isEmpty();
  }

  @Test
  void pads_isa_fields_to_their_fixed_widths() {
    String text = writer.write(acme("004010", "PR", List.of(poAck("0001"))));

    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo(
            "ISA*00*          *00*          *ZZ*TRADELANEDEMO  *ZZ*ACMERETAIL     "
                + "*261121*1405*U*00401*000000042*0*P*>~");
    assertThat(text).contains("GS*PR*TRADELANEDEMO*ACMERETAIL*20261121*1405*42*X*004010~\n");
  }

  @Test
  void writes_bigbox_855_in_5010_with_repetition_separator_and_no_line_breaks() {
    OutboundInterchange out = bigbox("005010", "PR", List.of(poAck("0007")));

    String text = new X12Writer(false).write(out);

    assertThat(text).doesNotContain("\n");
    assertThat(text.substring(0, 106)).endsWith("|^|00501|000000043|1|P|:~");
    assertThat(Samples.readText(text).get(0).describeErrors()).isEmpty();
    assertThat(validator.validate(text)).isEmpty();
  }

  @Test
  void writes_997_for_a_rejected_acme_po_that_passes_outbound_validation() {
    Acknowledgements acks =
        new AckBuilder()
            .build(Samples.readOne("bad-acme-beg03-too-long.edi"), Set.of(AckKind.FA_997), ACME);
    FunctionalAck ack = acks.groupAcks().get(0);

    String text =
        writer.write(acme("004010", "FA", List.of(OutboundSet.of("997", "0001", ack.body()))));

    assertThat(text).contains("AK4*3*324*5*45000123540000000000001~");
    assertThat(validator.validate(text)).isEmpty();
  }

  @Test
  void writes_999_for_a_rejected_bigbox_po_that_passes_outbound_validation() {
    Acknowledgements acks =
        new AckBuilder()
            .build(Samples.readOne("bad-bigbox-unknown-uom.edi"), Set.of(AckKind.FA_999), BIGBOX);
    FunctionalAck ack = acks.groupAcks().get(0);
    OutboundSet set = new OutboundSet("999", "0001", ack.implementationReference(), ack.body());

    String text = writer.write(bigbox(ack.implementationReference(), "FA", List.of(set)));

    assertThat(text).contains("ST|999|0001|005010X231A1~", "IK4|3|355|7|XX~");
    assertThat(validator.validate(text)).isEmpty();
  }

  @Test
  void outbound_validator_reports_an_invalid_855() {
    List<Segment> body = List.of(Segment.of("BAK", "00", "ZZZ", "4500012345", "20261120"));

    List<String> errors =
        validator.validate(
            writer.write(acme("004010", "PR", List.of(OutboundSet.of("855", "0001", body)))));

    assertThat(errors).isNotEmpty();
    assertThat(errors.toString()).contains("BAK", "0001");
  }

  @Test
  void refuses_a_value_containing_a_delimiter() {
    List<Segment> body = List.of(Segment.of("BAK", "00", "AC", "PO*1", "20261120"));
    OutboundInterchange out = acme("004010", "PR", List.of(OutboundSet.of("855", "0001", body)));

    assertThatThrownBy(() -> writer.write(out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PO*1");
  }

  @Test
  void refuses_a_segment_terminator_inside_a_value() {
    List<Segment> body = List.of(Segment.of("BAK", "00", "AC", "PO~1", "20261120"));
    OutboundInterchange out = bigbox("005010", "PR", List.of(OutboundSet.of("855", "0001", body)));

    assertThatThrownBy(() -> writer.write(out)).hasMessageContaining("PO~1");
  }

  /** A TA1 as the writer sends it to acme (4010). */
  static String renderTa1(Segment ta1) {
    return new X12Writer().writeInterchangeAck(acme("004010", "", List.of()), ta1);
  }

  private static OutboundSet poAck(String control) {
    return OutboundSet.of(
        "855",
        control,
        List.of(
            Segment.of("BAK", "00", "AC", "4500012345", "20261120"),
            Segment.of("PO1", "1", "10", "EA", "12.40", "", "IN", "A-55001", "UP", "614141100071"),
            Segment.of("ACK", "IA", "10", "EA", "068", "20261125"),
            Segment.of("PO1", "2", "5", "EA", "30.00", "", "UP", "614141100149"),
            Segment.of("ACK", "IR", "5", "EA"),
            Segment.of("CTT", "2", "15")));
  }

  private static OutboundInterchange acme(
      String version, String functionalId, List<OutboundSet> sets) {
    return new OutboundInterchange(
        "ZZ",
        "TRADELANEDEMO",
        "ZZ",
        "ACMERETAIL",
        "TRADELANEDEMO",
        "ACMERETAIL",
        version,
        functionalId,
        ACME,
        42,
        42,
        AT,
        "P",
        false,
        sets);
  }

  private static OutboundInterchange bigbox(
      String version, String functionalId, List<OutboundSet> sets) {
    return new OutboundInterchange(
        "ZZ",
        "TRADELANEDEMO",
        "01",
        "987654321",
        "TRADELANEDEMO",
        "987654321",
        version,
        functionalId,
        BIGBOX,
        43,
        43,
        AT,
        "P",
        true,
        sets);
  }
}
