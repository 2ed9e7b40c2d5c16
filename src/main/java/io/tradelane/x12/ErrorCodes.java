package io.tradelane.x12;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Translates StAEDI validation errors into X12 acknowledgement codes. */
final class ErrorCodes {

  private static final Map<EDIStreamValidationError, SegmentErrorCode> SEGMENT =
      new EnumMap<>(EDIStreamValidationError.class);
  private static final Map<EDIStreamValidationError, ElementErrorCode> ELEMENT =
      new EnumMap<>(EDIStreamValidationError.class);
  private static final InterchangeNote[] ISA_NOTES = {
    InterchangeNote.INVALID_AUTHORIZATION_QUALIFIER,
    InterchangeNote.INVALID_AUTHORIZATION_VALUE,
    InterchangeNote.INVALID_SECURITY_QUALIFIER,
    InterchangeNote.INVALID_SECURITY_VALUE,
    InterchangeNote.INVALID_SENDER_QUALIFIER,
    InterchangeNote.INVALID_SENDER_ID,
    InterchangeNote.INVALID_RECEIVER_QUALIFIER,
    InterchangeNote.INVALID_RECEIVER_ID,
    InterchangeNote.INVALID_DATE,
    InterchangeNote.INVALID_TIME,
    InterchangeNote.INVALID_STANDARDS_ID,
    InterchangeNote.INVALID_VERSION_ID,
    InterchangeNote.INVALID_CONTROL_NUMBER,
    InterchangeNote.INVALID_ACK_REQUESTED,
    InterchangeNote.INVALID_TEST_INDICATOR,
    InterchangeNote.INVALID_COMPONENT_SEPARATOR
  };

  static {
    SEGMENT.put(
        EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID, SegmentErrorCode.UNRECOGNIZED_SEGMENT);
    SEGMENT.put(EDIStreamValidationError.UNEXPECTED_SEGMENT, SegmentErrorCode.UNEXPECTED_SEGMENT);
    SEGMENT.put(
        EDIStreamValidationError.MANDATORY_SEGMENT_MISSING,
        SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
    SEGMENT.put(
        EDIStreamValidationError.LOOP_OCCURS_OVER_MAXIMUM_TIMES,
        SegmentErrorCode.LOOP_OVER_MAXIMUM);
    SEGMENT.put(
        EDIStreamValidationError.SEGMENT_EXCEEDS_MAXIMUM_USE,
        SegmentErrorCode.SEGMENT_OVER_MAXIMUM_USE);
    SEGMENT.put(
        EDIStreamValidationError.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
        SegmentErrorCode.NOT_IN_TRANSACTION_SET);
    SEGMENT.put(
        EDIStreamValidationError.SEGMENT_NOT_IN_PROPER_SEQUENCE, SegmentErrorCode.NOT_IN_SEQUENCE);
    SEGMENT.put(
        EDIStreamValidationError.SEGMENT_HAS_DATA_ELEMENT_ERRORS,
        SegmentErrorCode.HAS_ELEMENT_ERRORS);
    SEGMENT.put(
        EDIStreamValidationError.CONDITIONAL_REQUIRED_SEGMENT_MISSING,
        SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
    SEGMENT.put(
        EDIStreamValidationError.SEGMENT_EXCLUSION_CONDITION_VIOLATED,
        SegmentErrorCode.UNEXPECTED_SEGMENT);
    SEGMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
        SegmentErrorCode.UNEXPECTED_SEGMENT);
    SEGMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
        SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
    SEGMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
        SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
    ELEMENT.put(
        EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING, ElementErrorCode.MANDATORY_MISSING);
    ELEMENT.put(
        EDIStreamValidationError.CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
        ElementErrorCode.CONDITIONAL_REQUIRED_MISSING);
    ELEMENT.put(
        EDIStreamValidationError.TOO_MANY_DATA_ELEMENTS, ElementErrorCode.TOO_MANY_ELEMENTS);
    ELEMENT.put(
        EDIStreamValidationError.EXCLUSION_CONDITION_VIOLATED, ElementErrorCode.EXCLUSION_VIOLATED);
    ELEMENT.put(
        EDIStreamValidationError.TOO_MANY_REPETITIONS, ElementErrorCode.TOO_MANY_REPETITIONS);
    ELEMENT.put(EDIStreamValidationError.TOO_MANY_COMPONENTS, ElementErrorCode.TOO_MANY_COMPONENTS);
    ELEMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
        ElementErrorCode.TOO_MANY_ELEMENTS);
    ELEMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_TOO_FEW_REPETITIONS,
        ElementErrorCode.MANDATORY_MISSING);
    ELEMENT.put(EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT, ElementErrorCode.TOO_SHORT);
    ELEMENT.put(EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, ElementErrorCode.TOO_LONG);
    ELEMENT.put(
        EDIStreamValidationError.INVALID_CHARACTER_DATA, ElementErrorCode.INVALID_CHARACTER);
    ELEMENT.put(EDIStreamValidationError.INVALID_CODE_VALUE, ElementErrorCode.INVALID_CODE_VALUE);
    ELEMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE,
        ElementErrorCode.INVALID_CODE_VALUE);
    ELEMENT.put(EDIStreamValidationError.INVALID_DATE, ElementErrorCode.INVALID_DATE);
    ELEMENT.put(EDIStreamValidationError.INVALID_TIME, ElementErrorCode.INVALID_TIME);
  }

  private ErrorCodes() {}

  static Optional<SegmentErrorCode> segment(EDIStreamValidationError error) {
    return Optional.ofNullable(SEGMENT.get(error));
  }

  static Optional<ElementErrorCode> element(EDIStreamValidationError error) {
    return Optional.ofNullable(ELEMENT.get(error));
  }

  /** The TA105 note for an error in ISA element 1 to 16. */
  static InterchangeNote isaNote(int element) {
    return element >= 1 && element <= ISA_NOTES.length
        ? ISA_NOTES[element - 1]
        : InterchangeNote.INVALID_CONTENT;
  }
}
