package io.tradelane.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one transaction set again, segment by segment, from the bytes it was received in: the ISA
 * at its {@link SetPlace} gives the delimiters, the ST at its place starts the segments, and the SE
 * ends them. Memory holds one segment at a time, so a stage can stream a set of any size. The set
 * was judged when it was first read; this checks only that the bytes still hold it.
 */
public final class SetRereader {

  /** Opens the data the set was read from, positioned at a byte offset. */
  @FunctionalInterface
  public interface Data {
    InputStream openAt(long offset) throws IOException;
  }

  private SetRereader() {}

  /**
   * Hands each segment of the set, ST to SE, to {@code segments}.
   *
   * @param place where the set was read
   * @param controlNumber its ST02
   * @param segmentCount how many segments it had, ST and SE included
   * @throws IllegalStateException when the data no longer holds the set there: no ISA, another ST,
   *     or a set that ends before its SE or with another number of segments
   */
  public static void read(
      Data data, SetPlace place, String controlNumber, int segmentCount, Consumer<Segment> segments)
      throws IOException {
    IsaScanner.ReadIsa isa;
    try (InputStream in = data.openAt(place.isaOffset())) {
      isa = new IsaScanner(new ByteSource(in, place.isaOffset())).readIsa();
    }
    if (isa == null || !isa.complete() || !isa.text().startsWith("ISA")) {
      throw moved(place, "no ISA at byte " + place.isaOffset());
    }
    char element = IsaLayout.header(isa.text()).delimiters().element();
    try (InputStream in = data.openAt(place.setOffset())) {
      SegmentScanner scanner =
          new SegmentScanner(
              new ByteSource(in, place.setOffset()), (byte) element, isa.terminator());
      SegmentScanner.Scanned first = scanner.next();
      if (first == null
          || !first.segment().tag().equals("ST")
          || !first.segment().element(2).equals(controlNumber)) {
        throw moved(place, "no ST with control number " + controlNumber);
      }
      segments.accept(first.segment());
      int count = 1;
      SegmentScanner.Scanned next;
      while ((next = scanner.next()) != null) {
        count++;
        segments.accept(next.segment());
        if (next.segment().tag().equals("SE")) {
          break;
        }
      }
      if (next == null || count != segmentCount) {
        throw moved(place, count + " segments up to the SE, " + segmentCount + " when it was read");
      }
    }
  }

  private static IllegalStateException moved(SetPlace place, String what) {
    return new IllegalStateException(
        "the data no longer holds the set read at byte " + place.setOffset() + ": " + what);
  }
}
