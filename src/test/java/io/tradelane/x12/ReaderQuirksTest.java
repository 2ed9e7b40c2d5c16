package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts real partners send that the standard frowns on or allows in unusual ways: each is read as
 * its author meant, and what the standard does not allow is noted without losing the data.
 */
class ReaderQuirksTest {

  private static final String ACME = Samples.text("acme-single-po.edi");

  @Test
  void reads_a_file_hard_wrapped_at_80_columns_even_inside_the_isa() {
    String flat = ACME.replace("\n", "");
    StringBuilder wrapped = new StringBuilder();
    for (int i = 0; i < flat.length(); i += 80) {
      wrapped.append(flat, i, Math.min(flat.length(), i + 80)).append("\r\n");
    }

    Interchange interchange = read(wrapped.toString()).get(0);

    assertThat(interchange.describeErrors()).isEmpty();
    assertThat(interchange.acceptedSets()).hasSize(1);
  }

  @Test
  void reads_indented_segments_and_a_newline_terminator_with_crlf() {
    String text = ACME.replace("~\n", "\r\n\t");

    Interchange interchange = read(text.replace(">\r\n", ">\n")).get(0);

    assertThat(interchange.describeErrors()).isEmpty();
    assertThat(interchange.header().delimiters().segment()).isEqualTo('\n');
    assertThat(interchange.acceptedSets().get(0).segments().get(1).element(3))
        .isEqualTo("4500012345");
  }

  @Test
  void reads_a_multi_byte_utf8_segment_terminator() {
    byte[] bytes = ACME.replace("~", "\u2026").getBytes(StandardCharsets.UTF_8);

    Interchange interchange = readBytes(bytes).get(0);

    assertThat(interchange.describeErrors()).isEmpty();
    assertThat(interchange.header().delimiters().segment()).isEqualTo('\u2026');
  }

  @Test
  void reads_utf8_element_values_as_characters() {
    byte[] bytes = ACME.replace("STORE 042", "MÜLLER Å").getBytes(StandardCharsets.UTF_8);

    TransactionSet set = readBytes(bytes).get(0).acceptedSets().get(0);

    assertThat(set.segments()).anyMatch(s -> s.element(2).equals("MÜLLER Å"));
  }

  @Test
  void reads_latin1_element_values_that_are_not_utf8() {
    byte[] bytes = ACME.replace("STORE 042", "MÜLLER").getBytes(StandardCharsets.ISO_8859_1);

    TransactionSet set = readBytes(bytes).get(0).acceptedSets().get(0);

    assertThat(set.segments()).anyMatch(s -> s.element(2).equals("MÜLLER"));
  }

  @Test
  void accepts_an_unpadded_isa_with_a_ta1_noting_it() {
    String unpadded = ACME.replace("*          *", "* *").replace("ACMERETAIL     ", "ACMERETAIL");

    Interchange interchange = read(unpadded).get(0);

    assertThat(interchange.envelopeAccepted()).isTrue();
    assertThat(interchange.acceptedSets()).hasSize(1);
    assertThat(interchange.header().senderId()).isEqualTo("ACMERETAIL");
    assertThat(new AckBuilder().ta1(interchange).elements()).containsSubsequence("E", "024");
  }

  @Test
  void accepts_isa_padding_of_no_break_spaces() {
    byte[] bytes =
        ACME.replace("ACMERETAIL     ", "ACMERETAIL\u00A0\u00A0\u00A0\u00A0\u00A0")
            .getBytes(StandardCharsets.UTF_8);

    Interchange interchange = readBytes(bytes).get(0);

    assertThat(interchange.header().senderId()).isEqualTo("ACMERETAIL");
    assertThat(interchange.acceptedSets()).hasSize(1);
  }

  @Test
  void notes_an_iea02_that_is_isa13_without_its_zeros_and_accepts_the_interchange() {
    Interchange interchange = read(ACME.replace("IEA*1*000000101", "IEA*1*101")).get(0);

    assertThat(interchange.envelopeAccepted()).isTrue();
    assertThat(interchange.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fatal()).isFalse();
              assertThat(e.note()).isEqualTo(InterchangeNote.CONTROL_NUMBER_MISMATCH);
            });
  }

  @Test
  void matches_a_zero_padded_ge02_to_its_gs06_as_the_number_it_is() {
    Interchange interchange = read(ACME.replace("GE*1*101", "GE*1*000000101")).get(0);

    assertThat(interchange.describeErrors()).isEmpty();
  }

  @Test
  void ignores_interchange_service_requests_before_the_first_group() {
    String text = ACME.replace("GS*PO", "ISB*01~\nISE*261121*0930*01~\nGS*PO");

    assertThat(read(text).get(0).describeErrors()).isEmpty();
  }

  @Test
  void rejects_an_ascii_letter_as_segment_terminator() {
    Interchange interchange = read(ACME.replace("~", "X")).get(0);

    assertThat(interchange.header()).isNull();
    assertThat(interchange.errors().get(0).message()).contains("segment terminator 'X'");
  }

  private static List<Interchange> read(String text) {
    return readBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static List<Interchange> readBytes(byte[] bytes) {
    try {
      return new InterchangeReader().readAll(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
