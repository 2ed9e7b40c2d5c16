package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * One received transaction set: ST01, ST02, ST03 (5010 implementation reference, empty when
 * absent), its segments from ST to SE inclusive, and what is wrong with it. A set with any segment
 * error also carries {@link SetErrorCode#SEGMENTS_IN_ERROR}.
 *
 * <p>A set longer than the reader keeps in memory holds only its first segments ({@link #whole()}
 * is false); all {@code segmentCount} of them can be read again from its {@code place}.
 */
public record TransactionSet(
    String code,
    String controlNumber,
    String implementationReference,
    List<Segment> segments,
    List<SegmentError> segmentErrors,
    List<SetError> setErrors,
    int segmentCount,
    SetPlace place) {

  public TransactionSet {
    segments = List.copyOf(segments);
    segmentErrors = List.copyOf(segmentErrors);
    setErrors = List.copyOf(setErrors);
  }

  /**
   * This set without its segments, for acknowledging it; a rejected set keeps its first two (ST and
   * the segment that names its document) for the 999's CTX.
   */
  public TransactionSet summary() {
    List<Segment> kept = accepted() ? List.of() : segments.subList(0, Math.min(2, segments.size()));
    return new TransactionSet(
        code,
        controlNumber,
        implementationReference,
        kept,
        segmentErrors,
        setErrors,
        segmentCount,
        place);
  }

  /** Whether {@link #segments()} holds every segment of the set, ST to SE. */
  public boolean whole() {
    return segments.size() == segmentCount;
  }

  /** Whether the set is free of errors (AK501 A). */
  public boolean accepted() {
    return setErrors.isEmpty() && segmentErrors.isEmpty();
  }

  /** Human-readable descriptions of every error of this set. */
  public List<String> describeErrors() {
    List<String> all = new ArrayList<>();
    setErrors.forEach(e -> all.add(e.describe()));
    segmentErrors.forEach(e -> all.add(e.describe()));
    return all;
  }
}
