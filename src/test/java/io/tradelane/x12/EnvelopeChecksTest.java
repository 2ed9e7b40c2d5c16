package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Envelope faults the samples do not cover, and the streaming contract of the reader. */
class EnvelopeChecksTest {

  private static final String ACME = Samples.text("acme-single-po.edi");

  @Test
  void reports_invalid_sender_qualifier_with_ta1_note_005() {
    Interchange interchange = read(ACME.replace("*ZZ*ACMERETAIL", "*Q9*ACMERETAIL")).get(0);

    assertThat(interchange.errors())
        .extracting(EnvelopeError::note)
        .containsExactly(InterchangeNote.INVALID_SENDER_QUALIFIER);
    assertThat(interchange.errors().get(0).message()).contains("interchange 000000101", "ISA05");
  }

  @Test
  void reports_invalid_ack_requested_value_with_ta1_note_019() {
    Interchange interchange = read(ACME.replace("*000000101*0*P*", "*000000101*7*P*")).get(0);

    assertThat(interchange.errors())
        .extracting(EnvelopeError::note)
        .containsExactly(InterchangeNote.INVALID_ACK_REQUESTED);
  }

  @Test
  void reports_unsupported_group_version_with_ak905_2() {
    FunctionalGroup group = read(ACME.replace("*X*004010~", "*X*003040~")).get(0).groups().get(0);

    assertThat(group.errors())
        .extracting(GroupError::code)
        .containsExactly(GroupErrorCode.VERSION_NOT_SUPPORTED);
    assertThat(group.sets().get(0).setErrors())
        .extracting(SetError::code)
        .containsExactly(SetErrorCode.NOT_SUPPORTED);
  }

  @Test
  void reports_group_control_number_mismatch_with_ak905_4() {
    FunctionalGroup group = read(ACME.replace("GE*1*101~", "GE*1*102~")).get(0).groups().get(0);

    assertThat(group.errors())
        .extracting(GroupError::code)
        .containsExactly(GroupErrorCode.CONTROL_NUMBER_MISMATCH);
  }

  @Test
  void reports_set_without_se_when_the_next_st_begins() {
    String twoSets =
        ACME.replace(
                "SE*15*0001~\n",
                "ST*850*0002~\n"
                    + "BEG*00*SA*X1**20261120~\n"
                    + "PO1*1*1*EA*1.00**UP*614141100071~\n"
                    + "SE*4*0002~\n")
            .replace("GE*1*", "GE*2*");

    Interchange interchange = read(twoSets).get(0);

    List<TransactionSet> sets = interchange.groups().get(0).sets();
    assertThat(sets).extracting(TransactionSet::controlNumber).containsExactly("0001", "0002");
    assertThat(sets.get(0).setErrors())
        .extracting(SetError::code)
        .containsExactly(SetErrorCode.TRAILER_MISSING);
    assertThat(interchange.errors()).isEmpty();
    assertThat(interchange.groups().get(0).errors()).isEmpty();
  }

  @Test
  void hands_over_each_interchange_before_reading_the_next_and_propagates_io_errors() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(ACME.getBytes(StandardCharsets.ISO_8859_1)), failing);
    List<Interchange> received = new ArrayList<>();

    assertThatThrownBy(() -> new InterchangeReader().read(in, received::add))
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset");
    assertThat(received).singleElement().satisfies(i -> assertThat(i.acceptedSets()).hasSize(1));
  }

  @Test
  void reports_a_group_control_number_used_twice_in_one_interchange() {
    String group = ACME.substring(ACME.indexOf("GS*"), ACME.indexOf("IEA*"));
    String twice = ACME.replace("IEA*1*", group + "IEA*2*");

    List<FunctionalGroup> groups = read(twice).get(0).groups();

    assertThat(groups.get(0).errors()).isEmpty();
    assertThat(groups.get(1).errors())
        .extracting(GroupError::code)
        .containsExactly(GroupErrorCode.CONTROL_NUMBER_SYNTAX);
    assertThat(groups.get(1).errors().get(0).message()).contains("GS06 '101' was already used");
  }

  private static List<Interchange> read(String text) {
    return Samples.readText(text);
  }
}
