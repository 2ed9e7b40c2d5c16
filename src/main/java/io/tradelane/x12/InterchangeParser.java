package io.tradelane.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the text of one interchange with StAEDI (control structure validation on, the transaction
 * schema chosen from ST01 and GS08) and hands segments and errors to an {@link
 * InterchangeAssembler}. StAEDI exceptions become envelope errors.
 */
final class InterchangeParser {

  private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

  private final RawInterchange raw;
  private final InterchangeAssembler assembler;
  private final SegmentCollector segment;
  private final List<PendingError> pending = new ArrayList<>();
  private final Deque<String> loops = new ArrayDeque<>();
  private String groupVersion = "";
  private boolean transactionStarted;
  private int segmentPosition;

  private InterchangeParser(RawInterchange raw) {
    this.raw = raw;
    this.assembler = new InterchangeAssembler(IsaLayout.header(raw.isa()));
    this.segment = new SegmentCollector(raw.delimiters());
  }

  static Interchange parse(RawInterchange raw) {
    return new InterchangeParser(raw).run();
  }

  private Interchange run() {
    byte[] bytes = raw.text().getBytes(StandardCharsets.ISO_8859_1);
    try (EDIStreamReader reader =
        FACTORY.createEDIStreamReader(new ByteArrayInputStream(bytes), "ISO-8859-1")) {
      while (reader.hasNext()) {
        handle(reader, reader.next());
      }
    } catch (EDIStreamException | RuntimeException | java.io.IOException e) {
      if (raw.complete()) {
        assembler.envelopeError(
            InterchangeNote.INVALID_CONTENT,
            "unreadable after segment " + segmentPosition + ": " + e.getMessage());
      }
    }
    return assembler.finish(pending);
  }

  private void handle(EDIStreamReader reader, EDIStreamEvent event) {
    switch (event) {
      case START_SEGMENT -> {
        segmentPosition = reader.getLocation().getSegmentPosition();
        segment.start(reader.getText());
      }
      case ELEMENT_DATA -> element(reader);
      case START_TRANSACTION -> transactionStarted = true;
      case END_SEGMENT -> endSegment();
      case START_LOOP -> loops.push(loopName(reader.getReferenceCode()));
      case END_LOOP -> loops.poll();
      case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
          pending.add(error(reader));
      default -> {}
    }
  }

  private void element(EDIStreamReader reader) {
    Location at = reader.getLocation();
    segment.element(at, reader.getText());
    if (at.getElementPosition() == 1 && at.getComponentPosition() < 1) {
      if ("GS".equals(at.getSegmentTag()) || "GS".equals(segment.tag())) {
        groupVersion = "";
      } else if ("ST".equals(segment.tag()) && transactionStarted) {
        // an ST before the previous SE is, to StAEDI, a segment of the open set
        TransactionSchemas.find(reader.getText(), groupVersion)
            .ifPresent(reader::setTransactionSchema);
      }
    }
    if ("GS".equals(segment.tag()) && at.getElementPosition() == 8) {
      groupVersion = reader.getText();
    }
  }

  private void endSegment() {
    transactionStarted = false;
    Segment done = segment.finish();
    List<PendingError> forSegment = List.copyOf(pending);
    pending.clear();
    assembler.segment(done, segmentPosition, forSegment);
  }

  private PendingError error(EDIStreamReader reader) {
    Location at = reader.getLocation();
    String text = errorText(reader);
    String tag = at.getSegmentTag() != null ? at.getSegmentTag() : segment.tag();
    if (reader.getEventType() == EDIStreamEvent.SEGMENT_ERROR) {
      tag = text.isEmpty() ? tag : text;
    }
    return new PendingError(
        reader.getErrorType(),
        tag,
        at.getSegmentPosition(),
        at.getElementPosition(),
        at.getComponentPosition(),
        at.getElementOccurrence(),
        reader.getReferenceCode(),
        reader.getEventType() == EDIStreamEvent.SEGMENT_ERROR ? "" : text,
        loops.isEmpty() ? "" : loops.peek());
  }

  /**
   * The data in error; StAEDI 1.26 throws on a second error for the same element, hence the guard.
   */
  private static String errorText(EDIStreamReader reader) {
    try {
      return reader.hasText() ? reader.getText() : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String loopName(String code) {
    return code != null && code.startsWith("L") ? code.substring(1) : String.valueOf(code);
  }
}
