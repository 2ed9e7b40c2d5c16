package io.tradelane.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads X12 interchanges from a byte stream that may hold several, each with its own delimiters
 * taken from its ISA, with or without line breaks after segment terminators, hard-wrapped, with a
 * UTF-8 byte order mark, indentation or trailing whitespace. Each interchange is judged against the
 * definitions under {@code x12/schemas/} as it is read and handed over once complete, so memory
 * holds one interchange at a time; or, read as a stream through an {@link InterchangeHandler}, one
 * transaction set at a time.
 *
 * <p>Bad partner data never throws: junk between interchanges, a broken ISA or a truncated file
 * become an {@link Interchange} with {@link EnvelopeError}s (its header is null when no ISA could
 * be read). Only I/O errors of the stream propagate. The duplicate interchange check (TA1 025) is
 * left to the caller, who knows the history.
 */
public final class InterchangeReader {

  /**
   * How many bytes of X12 of one transaction set are kept in memory by default, as segments: 4 MB,
   * an order of some 10,000 lines, which take about 10 times as much heap. A longer set is still
   * read and judged whole; it holds only its first segments (at least two), and the rest are read
   * again from its {@link SetPlace} by a stage that can stream them ({@link
   * TransactionSet#whole()}).
   */
  public static final long KEPT_BYTES = 4L << 20;

  private final long keptBytes;

  /** A reader that keeps up to {@link #KEPT_BYTES} of a set in memory. */
  public InterchangeReader() {
    this(KEPT_BYTES);
  }

  /** A reader that keeps up to {@code keptBytes} of a set in memory (at least two segments). */
  public InterchangeReader(long keptBytes) {
    this.keptBytes = keptBytes;
  }

  /** Reads every interchange in {@code in}, handing each to {@code sink} once complete. */
  public void read(InputStream in, Consumer<Interchange> sink) throws IOException {
    read(in, null, sink);
  }

  /**
   * Reads every interchange in {@code in} as a stream: each transaction set goes to {@code handler}
   * as soon as it is complete, each interchange (its sets as summaries) once read. Memory holds one
   * set at a time and a small summary of each set of the current interchange.
   */
  public void read(InputStream in, InterchangeHandler handler) throws IOException {
    read(in, handler, handler::interchange);
  }

  private void read(InputStream in, InterchangeHandler handler, Consumer<Interchange> sink)
      throws IOException {
    ByteSource source = new ByteSource(in);
    IsaScanner isas = new IsaScanner(source);
    while (true) {
      StringBuilder junk = new StringBuilder();
      int skipped = isas.skipToIsa(junk);
      if (skipped > 0) {
        sink.accept(
            unreadable(
                InterchangeNote.INVALID_CONTENT,
                "skipped "
                    + skipped
                    + " characters that are not an interchange, starting '"
                    + junk
                    + "'"));
      }
      long isaOffset = source.offset();
      IsaScanner.ReadIsa isa = isas.readIsa();
      if (isa == null) {
        return;
      }
      String broken = brokenIsa(isa);
      if (broken != null) {
        int rest = isas.skipToIsa(new StringBuilder());
        boolean ended = rest == 0 && !isa.complete();
        sink.accept(
            unreadable(
                ended ? InterchangeNote.PREMATURE_END_OF_FILE : InterchangeNote.INVALID_CONTENT,
                broken + "; skipped the data up to the next ISA"));
        continue;
      }
      sink.accept(InterchangeParser.parse(isa, isaOffset, source, handler, keptBytes));
    }
  }

  /** Reads every interchange in {@code in} into a list; for small inputs and tests. */
  public List<Interchange> readAll(InputStream in) throws IOException {
    List<Interchange> all = new ArrayList<>();
    read(in, all::add);
    return all;
  }

  /** Why an ISA cannot be read at all (no 16 elements, no usable terminator), or null. */
  private static String brokenIsa(IsaScanner.ReadIsa isa) {
    if (!isa.complete()) {
      return "ISA does not have 16 elements and a terminator";
    }
    return IsaLayout.terminatorProblem(isa.text()).orElse(null);
  }

  private static Interchange unreadable(InterchangeNote note, String message) {
    return new Interchange(
        null, "", "", List.of(), List.of(new EnvelopeError(note, "data: " + message)));
  }
}
