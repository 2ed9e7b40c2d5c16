package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A streaming read hands each set over whole as soon as it is read and keeps only a summary of it
 * in the interchange, which is judged exactly as a whole read judges it.
 */
class StreamingReadTest {

  private static final Delimiters BIGBOX = new Delimiters('|', '~', ':', '^');

  @Test
  void hands_over_each_set_with_its_segments_and_keeps_summaries() throws IOException {
    String text = Samples.text("acme-multi.edi") + Samples.text("bad-acme-beg03-too-long.edi");
    List<String> sets = new ArrayList<>();
    List<Interchange> interchanges = new ArrayList<>();

    new InterchangeReader()
        .read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
            new InterchangeHandler() {
              @Override
              public void set(InterchangeHeader isa, GroupHeader group, TransactionSet set) {
                sets.add(
                    isa.controlNumber()
                        + "/"
                        + group.controlNumber()
                        + "/"
                        + set.controlNumber()
                        + " "
                        + set.segments().size()
                        + (set.accepted() ? "" : " rejected"));
              }

              @Override
              public void interchange(Interchange interchange) {
                interchanges.add(interchange);
              }
            });

    List<Interchange> whole = Samples.readText(text);
    assertThat(sets).hasSize(7).allMatch(s -> !s.endsWith(" 0"));
    assertThat(sets.get(6)).endsWith("rejected");
    assertThat(interchanges).hasSameSizeAs(whole);
    for (int i = 0; i < whole.size(); i++) {
      assertThat(interchanges.get(i).describeErrors()).isEqualTo(whole.get(i).describeErrors());
      List<TransactionSet> summaries =
          interchanges.get(i).groups().stream().flatMap(g -> g.sets().stream()).toList();
      assertThat(summaries)
          .allMatch(s -> s.segments().size() == (s.accepted() ? 0 : 2), "summaries only");
    }
    assertThat(
            new AckBuilder()
                .build(interchanges.get(2), java.util.Set.of(AckKind.FA_999), BIGBOX)
                .groupAcks())
        .isEqualTo(
            new AckBuilder()
                .build(whole.get(2), java.util.Set.of(AckKind.FA_999), BIGBOX)
                .groupAcks());
  }
}
