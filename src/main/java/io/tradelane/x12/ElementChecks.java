package io.tradelane.x12;

import io.tradelane.x12.definition.CompositeType;
import io.tradelane.x12.definition.ElementUse;
import io.tradelane.x12.definition.SegmentType;
import io.tradelane.x12.definition.SyntaxRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the elements of one segment against its definition: mandatory elements, too many elements,
 * repetitions and components, each value's type and the syntax rules between elements and between
 * components. Each fault becomes a {@link PendingError} with its AK4 code.
 */
final class ElementChecks {

  private final String componentSeparator;
  private final String repetitionSeparator;

  ElementChecks(Delimiters delimiters) {
    this.componentSeparator = String.valueOf(delimiters.component());
    this.repetitionSeparator =
        delimiters.hasRepetition() ? String.valueOf(delimiters.repetition()) : null;
  }

  /** Every element fault of {@code segment}, read at {@code position} in loop {@code loopId}. */
  List<PendingError> check(SegmentType type, Segment segment, int position, String loopId) {
    Sink sink = new Sink(segment.tag(), position, loopId);
    List<String> values = segment.elements();
    List<ElementUse> uses = type.elements();
    for (int p = 1; p <= values.size(); p++) {
      String value = values.get(p - 1);
      if (p > type.maxElements()) {
        sink.add(p, 0, 0, "", ElementErrorCode.TOO_MANY_ELEMENTS, value, "is beyond the segment");
        break;
      }
      if (p <= uses.size()) {
        element(uses.get(p - 1), value, p, sink);
      }
    }
    for (int p = values.size() + 1; p <= uses.size(); p++) {
      if (uses.get(p - 1).required()) {
        missing(uses.get(p - 1), p, 0, sink);
      }
    }
    rules(type.rules(), values, uses, 0, sink);
    return sink.errors;
  }

  private void element(ElementUse use, String value, int position, Sink sink) {
    if (value.isEmpty()) {
      if (use.required()) {
        missing(use, position, 0, sink);
      }
      return;
    }
    List<String> repeats = split(value, repetitionSeparator);
    if (repeats.size() > use.maxRepeat()) {
      sink.add(
          position,
          0,
          0,
          use.reference(),
          ElementErrorCode.TOO_MANY_REPETITIONS,
          value,
          "repeats " + repeats.size() + " times, at most " + use.maxRepeat());
      return;
    }
    for (int r = 0; r < repeats.size(); r++) {
      int occurrence = repeats.size() > 1 ? r + 1 : 0;
      if (use.isComposite()) {
        composite(use.composite(), repeats.get(r), position, occurrence, sink);
      } else {
        simple(use, repeats.get(r), position, 0, occurrence, sink);
      }
    }
  }

  private void composite(
      CompositeType type, String value, int position, int occurrence, Sink sink) {
    List<String> parts = split(value, componentSeparator);
    List<ElementUse> uses = type.components();
    if (parts.size() > uses.size()) {
      sink.add(
          position,
          0,
          occurrence,
          type.name(),
          ElementErrorCode.TOO_MANY_COMPONENTS,
          value,
          "has " + parts.size() + " components, at most " + uses.size());
      return;
    }
    for (int c = 1; c <= uses.size(); c++) {
      String part = c <= parts.size() ? parts.get(c - 1) : "";
      ElementUse use = uses.get(c - 1);
      if (part.isEmpty()) {
        if (use.required()) {
          missing(use, position, c, sink);
        }
      } else {
        simple(use, part, position, c, occurrence, sink);
      }
    }
    rules(type.rules(), parts, uses, position, sink);
  }

  private void simple(
      ElementUse use, String value, int position, int component, int occurrence, Sink sink) {
    if (component == 0 && value.contains(componentSeparator)) {
      sink.add(
          position,
          0,
          occurrence,
          use.reference(),
          ElementErrorCode.TOO_MANY_COMPONENTS,
          value,
          "is a simple element but holds components");
      return;
    }
    ElementErrorCode fault = ValueChecks.check(use.simple(), value);
    if (fault != null) {
      sink.add(
          position, component, occurrence, use.reference(), fault, value, describe(use, fault));
    }
  }

  /** The rules of a segment (composite 0) or of the composite at {@code composite}. */
  private void rules(
      List<SyntaxRule> rules,
      List<String> values,
      List<ElementUse> uses,
      int composite,
      Sink sink) {
    for (SyntaxRule rule : rules) {
      SyntaxChecks.violation(rule, p -> p <= values.size() && !values.get(p - 1).isEmpty())
          .ifPresent(
              v -> {
                int at = v.position();
                String reference = at <= uses.size() ? uses.get(at - 1).reference() : "";
                sink.add(
                    composite == 0 ? at : composite,
                    composite == 0 ? 0 : at,
                    0,
                    reference,
                    v.code(),
                    at <= values.size() ? values.get(at - 1) : "",
                    v.rule());
              });
    }
  }

  private static void missing(ElementUse use, int position, int component, Sink sink) {
    sink.add(
        position,
        component,
        0,
        use.reference(),
        ElementErrorCode.MANDATORY_MISSING,
        "",
        "is mandatory and missing");
  }

  private static String describe(ElementUse use, ElementErrorCode fault) {
    var type = use.simple();
    return switch (fault) {
      case TOO_SHORT -> "is shorter than " + type.minLength() + " characters";
      case TOO_LONG -> "is longer than " + type.maxLength() + " characters";
      case INVALID_CODE_VALUE -> "is not a code we accept for element " + type.number();
      case INVALID_CHARACTER -> "has a character its type (" + type.type() + ") does not allow";
      case INVALID_DATE -> "is not a valid date";
      case INVALID_TIME -> "is not a valid time";
      default -> "is invalid (" + fault + ")";
    };
  }

  private static List<String> split(String value, String separator) {
    if (separator == null || !value.contains(separator)) {
      return List.of(value);
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = value.indexOf(separator, from)) >= 0) {
      parts.add(value.substring(from, at));
      from = at + separator.length();
    }
    parts.add(value.substring(from));
    return parts;
  }

  /** Collects the faults of one segment. */
  private static final class Sink {
    private final String tag;
    private final int position;
    private final String loopId;
    private final List<PendingError> errors = new ArrayList<>(2);

    Sink(String tag, int position, String loopId) {
      this.tag = tag;
      this.position = position;
      this.loopId = loopId;
    }

    void add(
        int element,
        int component,
        int occurrence,
        String reference,
        ElementErrorCode code,
        String text,
        String rule) {
      errors.add(
          new PendingError(
              tag,
              position,
              null,
              element,
              component,
              occurrence,
              reference,
              code,
              text,
              loopId,
              rule));
    }
  }
}
