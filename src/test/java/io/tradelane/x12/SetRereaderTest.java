package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader that keeps only the first segments of long sets (here up to 60 bytes) judges them
 * exactly as one that keeps them all, and each set can be read again, whole, from the bytes at its
 * place: whatever lies before it (junk, a byte order mark, other interchanges with other
 * delimiters, line breaks).
 */
class SetRereaderTest {

  private static final long KEPT = 60;

  private final String text =
      "\uFEFF\r\n  junk before the first interchange\r\n"
          + Samples.text("acme-multi.edi")
          + "\n"
          + Samples.text("bad-acme-beg03-too-long.edi").replace("~", "~\r\n");
  private final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

  @Test
  void keeps_the_first_segments_of_a_long_set_and_judges_it_whole() throws IOException {
    List<TransactionSet> bounded = new ArrayList<>();
    List<Interchange> boundedInterchanges = new ArrayList<>();
    new InterchangeReader(KEPT)
        .read(new ByteArrayInputStream(bytes), handler(bounded, boundedInterchanges));
    List<TransactionSet> full = new ArrayList<>();
    List<Interchange> fullInterchanges = new ArrayList<>();
    new InterchangeReader().read(new ByteArrayInputStream(bytes), handler(full, fullInterchanges));

    assertThat(bounded).hasSize(7).hasSameSizeAs(full);
    for (int i = 0; i < full.size(); i++) {
      TransactionSet whole = full.get(i);
      TransactionSet kept = bounded.get(i);
      assertThat(whole.whole()).isTrue();
      assertThat(kept.whole()).isFalse();
      int size = kept.segments().size();
      assertThat(size).isBetween(2, whole.segments().size() - 1);
      assertThat(kept.segments()).isEqualTo(whole.segments().subList(0, size));
      assertThat(size == 2 || text(kept.segments()) <= KEPT).as("within the budget").isTrue();
      assertThat(text(whole.segments().subList(0, size + 1))).isGreaterThan(KEPT);
      assertThat(kept.segmentCount()).isEqualTo(whole.segments().size());
      assertThat(kept.describeErrors()).isEqualTo(whole.describeErrors());
      assertThat(kept.place()).isEqualTo(whole.place());
    }
    for (int i = 0; i < fullInterchanges.size(); i++) {
      assertThat(boundedInterchanges.get(i).describeErrors())
          .isEqualTo(fullInterchanges.get(i).describeErrors());
    }
  }

  @Test
  void reads_each_set_again_from_its_place() throws IOException {
    List<TransactionSet> sets = new ArrayList<>();
    new InterchangeReader(KEPT)
        .read(new ByteArrayInputStream(bytes), handler(sets, new ArrayList<>()));
    List<TransactionSet> full = new ArrayList<>();
    new InterchangeReader().read(new ByteArrayInputStream(bytes), handler(full, new ArrayList<>()));

    for (int i = 0; i < sets.size(); i++) {
      TransactionSet set = sets.get(i);
      List<Segment> again = new ArrayList<>();
      SetRereader.read(
          this::openAt, set.place(), set.controlNumber(), set.segmentCount(), again::add);
      assertThat(again).isEqualTo(full.get(i).segments());
    }
  }

  @Test
  void refuses_bytes_that_no_longer_hold_the_set() throws IOException {
    List<TransactionSet> sets = new ArrayList<>();
    new InterchangeReader(KEPT)
        .read(new ByteArrayInputStream(bytes), handler(sets, new ArrayList<>()));
    TransactionSet set = sets.get(1);

    assertThatThrownBy(
            () -> SetRereader.read(this::openAt, set.place(), "99999", set.segmentCount(), s -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no ST with control number 99999");
    assertThatThrownBy(
            () ->
                SetRereader.read(
                    this::openAt,
                    set.place(),
                    set.controlNumber(),
                    set.segmentCount() + 1,
                    s -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(set.segmentCount() + " segments up to the SE");
    assertThatThrownBy(
            () ->
                SetRereader.read(
                    this::openAt,
                    new SetPlace(set.place().setOffset(), set.place().setOffset()),
                    set.controlNumber(),
                    set.segmentCount(),
                    s -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no ISA at byte");
  }

  /** The length of segments as X12, each with its terminator. */
  private static long text(List<Segment> segments) {
    return segments.stream()
        .mapToLong(
            s -> s.tag().length() + 1 + s.elements().stream().mapToLong(e -> e.length() + 1).sum())
        .sum();
  }

  private InputStream openAt(long offset) {
    return new ByteArrayInputStream(Arrays.copyOfRange(bytes, (int) offset, bytes.length));
  }

  private static InterchangeHandler handler(List<TransactionSet> sets, List<Interchange> all) {
    return new InterchangeHandler() {
      @Override
      public void set(InterchangeHeader isa, GroupHeader group, TransactionSet set) {
        sets.add(set);
      }

      @Override
      public void interchange(Interchange interchange) {
        all.add(interchange);
      }
    };
  }
}
