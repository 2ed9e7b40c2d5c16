package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterchangeReaderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme-single-po.edi",
        "acme-multi.edi",
        "bigbox-single-po.edi",
        "bigbox-no-linebreaks.edi"
      })
  void reads_valid_samples_without_errors(String name) {
    for (Interchange interchange : Samples.read(name)) {
      assertThat(interchange.describeErrors()).isEmpty();
    }
  }

  @Test
  void reads_acme_single_po_with_its_envelope_and_segments() {
    Interchange interchange = Samples.readOne("acme-single-po.edi");

    InterchangeHeader isa = interchange.header();
    assertThat(isa.senderQualifier()).isEqualTo("ZZ");
    assertThat(isa.senderId()).isEqualTo("ACMERETAIL");
    assertThat(isa.receiverId()).isEqualTo("TRADELANEDEMO");
    assertThat(isa.controlNumber()).isEqualTo("000000101");
    assertThat(isa.delimiters()).isEqualTo(new Delimiters('*', '~', '>', (char) 0));
    FunctionalGroup group = interchange.groups().get(0);
    assertThat(group.header().version()).isEqualTo("004010");
    TransactionSet po = group.sets().get(0);
    assertThat(po.code()).isEqualTo("850");
    assertThat(po.segments()).hasSize(15);
    assertThat(po.segments().get(7))
        .isEqualTo(
            Segment.of("PO1", "1", "10", "EA", "12.40", "", "IN", "A-55001", "UP", "614141100071"));
    assertThat(interchange.acceptedSets()).hasSize(1);
  }

  @Test
  void reads_every_interchange_group_and_set_of_a_multi_interchange_file() {
    List<Interchange> all = Samples.read("acme-multi.edi");

    assertThat(all).hasSize(2);
    assertThat(all.get(0).groups()).hasSize(2);
    assertThat(all.get(0).groups().get(0).sets()).hasSize(2);
    assertThat(all.get(0).groups().get(1).sets()).hasSize(1);
    assertThat(all.get(1).groups()).hasSize(1);
    assertThat(all.get(1).groups().get(0).sets()).hasSize(3);
    assertThat(all)
        .allMatch(
            i ->
                i.acceptedSets().size()
                    == i.groups().stream().mapToInt(g -> g.sets().size()).sum());
  }

  @Test
  void reads_bigbox_delimiters_from_its_isa() {
    Interchange interchange = Samples.readOne("bigbox-no-linebreaks.edi");

    assertThat(interchange.header().delimiters()).isEqualTo(new Delimiters('|', '~', ':', '^'));
    assertThat(interchange.header().ackRequested()).isTrue();
    assertThat(interchange.acceptedSets()).hasSize(2);
  }

  @Test
  void reports_missing_beg_as_mandatory_segment_missing() {
    TransactionSet set = onlySet("bad-acme-missing-beg.edi");

    assertThat(set.segmentErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.tag()).isEqualTo("BEG");
              assertThat(e.position()).isEqualTo(2);
              assertThat(e.code()).isEqualTo(SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
              assertThat(e.message())
                  .contains("interchange 000000104", "group 105", "set 0001", "BEG");
            });
  }

  @Test
  void rejects_850_with_wrong_segment_count() {
    TransactionSet set = onlySet("bad-acme-se-count.edi");

    assertThat(set.setErrors())
        .extracting(SetError::code)
        .containsExactly(SetErrorCode.SEGMENT_COUNT_MISMATCH);
    assertThat(set.segmentErrors()).isEmpty();
  }

  @Test
  void reports_too_long_beg03_with_its_value() {
    SegmentError error = onlySet("bad-acme-beg03-too-long.edi").segmentErrors().get(0);

    assertThat(error.code()).isEqualTo(SegmentErrorCode.HAS_ELEMENT_ERRORS);
    assertThat(error.elementErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.position()).isEqualTo(3);
              assertThat(e.reference()).isEqualTo("324");
              assertThat(e.code()).isEqualTo(ElementErrorCode.TOO_LONG);
              assertThat(e.badData()).isEqualTo("45000123540000000000001");
              assertThat(e.message()).contains("BEG03", "position 2");
            });
  }

  @Test
  void reports_invalid_beg05_date() {
    ElementError error =
        onlySet("bad-acme-invalid-date.edi").segmentErrors().get(0).elementErrors().get(0);

    assertThat(error.code()).isEqualTo(ElementErrorCode.INVALID_DATE);
    assertThat(error.position()).isEqualTo(5);
    assertThat(error.badData()).isEqualTo("20261332");
  }

  @Test
  void rejects_interchange_whose_iea_does_not_match_isa13() {
    Interchange interchange = Samples.readOne("bad-acme-iea-mismatch.edi");

    assertThat(interchange.errors())
        .extracting(EnvelopeError::note)
        .containsExactly(InterchangeNote.CONTROL_NUMBER_MISMATCH);
    assertThat(interchange.acceptedSets()).isEmpty();
  }

  @Test
  void reports_unknown_unit_of_measure_as_invalid_code() {
    SegmentError error = onlySet("bad-bigbox-unknown-uom.edi").segmentErrors().get(0);

    assertThat(error.tag()).isEqualTo("PO1");
    assertThat(error.elementErrors())
        .extracting(ElementError::code, ElementError::badData)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ElementErrorCode.INVALID_CODE_VALUE, "XX"));
  }

  @Test
  void rejects_group_whose_ge01_does_not_match_its_set_count() {
    FunctionalGroup group = Samples.readOne("bad-bigbox-ge-count.edi").groups().get(0);

    assertThat(group.errors())
        .extracting(GroupError::code)
        .containsExactly(GroupErrorCode.SET_COUNT_MISMATCH);
    assertThat(group.sets()).allMatch(TransactionSet::accepted);
  }

  @Test
  void rejects_second_set_with_duplicate_st02() {
    List<TransactionSet> sets =
        Samples.readOne("bad-acme-duplicate-st02.edi").groups().get(0).sets();

    assertThat(sets.get(0).accepted()).isTrue();
    assertThat(sets.get(1).setErrors())
        .extracting(SetError::code)
        .containsExactly(SetErrorCode.CONTROL_NUMBER_NOT_UNIQUE);
  }

  @Test
  void recovers_after_junk_between_interchanges() {
    String one = Samples.text("acme-single-po.edi");
    String two = Samples.text("bigbox-single-po.edi");

    List<Interchange> all =
        Samples.readText("\u00EF\u00BB\u00BF" + one + "this is not EDI\r\n" + two + "  \n");

    assertThat(all).hasSize(3);
    assertThat(all.get(0).describeErrors()).isEmpty();
    assertThat(all.get(1).header()).isNull();
    assertThat(all.get(1).errors())
        .extracting(EnvelopeError::note)
        .containsExactly(InterchangeNote.INVALID_CONTENT);
    assertThat(all.get(1).errors().get(0).message()).contains("this is not EDI");
    assertThat(all.get(2).describeErrors()).isEmpty();
  }

  @Test
  void reports_a_file_truncated_mid_set() {
    String text = Samples.text("acme-single-po.edi");
    String truncated = text.substring(0, text.indexOf("PO1*2"));

    Interchange interchange = Samples.readText(truncated).get(0);

    assertThat(interchange.errors())
        .extracting(EnvelopeError::note)
        .contains(InterchangeNote.PREMATURE_END_OF_FILE);
    FunctionalGroup group = interchange.groups().get(0);
    assertThat(group.errors())
        .extracting(GroupError::code)
        .containsExactly(GroupErrorCode.TRAILER_MISSING);
    assertThat(group.sets().get(0).setErrors())
        .extracting(SetError::code)
        .contains(SetErrorCode.TRAILER_MISSING);
    assertThat(interchange.acceptedSets()).isEmpty();
  }

  @Test
  void reports_a_broken_isa_and_reads_the_next_interchange() {
    String broken = Samples.text("acme-single-po.edi").replace("ACMERETAIL     *", "ACMERETAIL*");

    List<Interchange> all = Samples.readText(broken + Samples.text("bigbox-single-po.edi"));

    assertThat(all).hasSize(2);
    assertThat(all.get(0).errors())
        .extracting(EnvelopeError::note)
        .containsExactly(InterchangeNote.INVALID_CONTENT);
    assertThat(all.get(1).describeErrors()).isEmpty();
  }

  @Test
  void reads_newline_as_segment_terminator() {
    String text = Samples.text("acme-single-po.edi").replace("~\n", "\n");

    Interchange interchange = Samples.readText(text).get(0);

    assertThat(interchange.describeErrors()).isEmpty();
    assertThat(interchange.header().delimiters().segment()).isEqualTo('\n');
    assertThat(interchange.acceptedSets()).hasSize(1);
  }

  @Test
  void reads_crlf_line_breaks_after_terminators() {
    String text = Samples.text("acme-multi.edi").replace("~\n", "~\r\n");

    List<Interchange> all = Samples.readText(text);

    assertThat(all).hasSize(2);
    assertThat(all).allMatch(i -> i.describeErrors().isEmpty());
  }

  @Test
  void reads_garbage_as_an_unreadable_file() {
    List<Interchange> all = Samples.readText("\u0000\u0001garbage ISA without anything");

    assertThat(all).isNotEmpty();
    assertThat(all).allMatch(i -> !i.envelopeAccepted());
  }

  @Test
  void reads_every_corpus_850_without_exception() throws IOException {
    Path corpus = Path.of("/work/shared/edi-corpus/x12/850");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no X12 850 corpus at " + corpus);
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.sorted().toList()) {
        List<Interchange> all =
            Samples.readText(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(all).as(file.toString()).isNotEmpty();
        assertThat(all)
            .as(file.toString())
            .allMatch(i -> !i.acceptedSets().isEmpty() || !i.describeErrors().isEmpty());
      }
    }
  }

  private static TransactionSet onlySet(String name) {
    Interchange interchange = Samples.readOne(name);
    assertThat(interchange.errors()).isEmpty();
    return interchange.groups().get(0).sets().get(0);
  }
}
