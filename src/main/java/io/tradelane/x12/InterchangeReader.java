package io.tradelane.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads X12 interchanges from a byte stream that may hold several, each with its own delimiters
 * taken from its ISA, with or without line breaks after segment terminators, with a UTF-8 byte
 * order mark or trailing whitespace. Each interchange is handed over as soon as it is complete, so
 * memory holds one at a time.
 *
 * <p>Bad partner data never throws: junk between interchanges, a broken ISA, a truncated file or
 * content StAEDI cannot read become an {@link Interchange} with {@link EnvelopeError}s (its header
 * is null when no ISA could be read). Only I/O errors of the stream propagate. Transaction sets are
 * validated against the schemas under {@code x12/schemas/}; the duplicate interchange check (TA1
 * 025) is left to the caller, who knows the history.
 */
public final class InterchangeReader {

  /** Reads every interchange in {@code in}, handing each to {@code sink} once complete. */
  public void read(InputStream in, Consumer<Interchange> sink) throws IOException {
    InterchangeSplitter splitter = new InterchangeSplitter(in);
    RawInterchange raw;
    while ((raw = splitter.next()) != null) {
      sink.accept(raw.problem() == null ? InterchangeParser.parse(raw) : unreadable(raw));
    }
  }

  /** Reads every interchange in {@code in} into a list; for small inputs and tests. */
  public List<Interchange> readAll(InputStream in) throws IOException {
    List<Interchange> all = new ArrayList<>();
    read(in, all::add);
    return all;
  }

  /** StAEDI reads only fixed-width ISAs: a flawed one is reported, with its header when known. */
  private static Interchange unreadable(RawInterchange raw) {
    InterchangeHeader header = raw.readable() ? IsaLayout.header(raw.isa()) : null;
    String context = header == null ? "data" : "interchange " + header.controlNumber();
    EnvelopeError error =
        new EnvelopeError(raw.problem().note(), context + ": " + raw.problem().message());
    return new Interchange(header, "", "", List.of(), List.of(error));
  }
}
