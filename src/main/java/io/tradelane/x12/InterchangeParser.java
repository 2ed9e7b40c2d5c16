package io.tradelane.x12;

import io.tradelane.x12.definition.Definitions;
import java.io.IOException;

/**
 * Reads the segments of one interchange after its ISA and hands them to an {@link
 * InterchangeAssembler}, which judges them; stops after the IEA, before the next ISA or at the end
 * of the data. An ISA whose fields are not padded to their fixed widths is read, its padding
 * restored, and reported as a fault that does not reject the interchange (TA104 E).
 */
final class InterchangeParser {

  private InterchangeParser() {}

  /**
   * Reads one interchange; with a handler, its sets are handed over as they are read.
   *
   * @param isaOffset where the ISA was read in the data
   * @param keptBytes how many bytes of one set to keep in memory, as segments
   */
  static Interchange parse(
      IsaScanner.ReadIsa isa,
      long isaOffset,
      ByteSource source,
      InterchangeHandler handler,
      long keptBytes)
      throws IOException {
    String text = isa.text();
    InterchangeHeader header = IsaLayout.header(text);
    Delimiters delimiters = header.delimiters();
    InterchangeAssembler assembler =
        new InterchangeAssembler(header, delimiters, handler, isaOffset, keptBytes);
    IsaLayout.problem(text)
        .ifPresent(p -> assembler.envelopeWarning(InterchangeNote.INVALID_CONTENT, p));
    Delimiters plain =
        new Delimiters(delimiters.element(), delimiters.segment(), (char) 0, (char) 0);
    new ElementChecks(plain)
        .check(Definitions.envelope("ISA"), IsaLayout.padded(text), 1, "")
        .forEach(assembler::isaError);
    SegmentScanner scanner =
        new SegmentScanner(source, (byte) delimiters.element(), isa.terminator());
    int position = 1;
    while (!scanner.atIsa()) {
      SegmentScanner.Scanned scanned = scanner.next();
      if (scanned == null) {
        break;
      }
      position++;
      if (scanned.truncated()) {
        assembler.envelopeError(
            InterchangeNote.INVALID_CONTENT,
            "segment at position "
                + position
                + " is longer than "
                + SegmentScanner.MAX_SEGMENT
                + " bytes");
      }
      assembler.segment(scanned.segment(), position, scanned.offset());
      if (scanned.segment().tag().equals("IEA")) {
        break;
      }
    }
    return assembler.finish();
  }
}
