package io.tradelane.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the segments of a 997 (AK3/AK4) or 999 (IK3/CTX/IK4/IK5) for one functional group. In a
 * 999, each segment error is followed by the business unit it concerns (CTX, e.g. {@code
 * CTX*BEG03:4500012345}: the purchase order), so the partner finds the document without counting
 * segments.
 */
final class FunctionalAckBody {

  private static final int MAX_CODES = 5;

  /** The element that names each set's business document: set code to segment and position. */
  private static final Map<String, Map.Entry<String, Integer>> BUSINESS_KEYS =
      Map.of(
          "850", Map.entry("BEG", 3),
          "855", Map.entry("BAK", 3),
          "856", Map.entry("BSN", 2),
          "810", Map.entry("BIG", 2),
          "860", Map.entry("BCH", 3),
          "865", Map.entry("BCA", 3),
          "830", Map.entry("BFR", 2));

  private final char component;

  FunctionalAckBody(char component) {
    this.component = component;
  }

  List<Segment> ack997(FunctionalGroup group) {
    return build(group, false);
  }

  List<Segment> ack999(FunctionalGroup group) {
    return build(group, true);
  }

  private List<Segment> build(FunctionalGroup group, boolean is999) {
    GroupHeader gs = group.header();
    List<Segment> body = new ArrayList<>();
    boolean with5010 = is999 || gs.version().startsWith("005");
    body.add(
        with5010
            ? Segment.of("AK1", gs.functionalId(), gs.controlNumber(), gs.version())
            : Segment.of("AK1", gs.functionalId(), gs.controlNumber()));
    for (TransactionSet set : group.sets()) {
      set(body, set, is999, with5010);
    }
    body.add(ak9(group));
    return body;
  }

  private void set(List<Segment> body, TransactionSet set, boolean is999, boolean with5010) {
    body.add(
        with5010 && !set.implementationReference().isEmpty()
            ? Segment.of("AK2", set.code(), set.controlNumber(), set.implementationReference())
            : Segment.of("AK2", set.code(), set.controlNumber()));
    Segment context = is999 ? businessContext(set) : null;
    for (SegmentError error : set.segmentErrors()) {
      body.add(
          Segment.of(
              is999 ? "IK3" : "AK3",
              error.tag(),
              String.valueOf(error.position()),
              "",
              error.code().code()));
      if (context != null) {
        body.add(context);
      }
      for (ElementError element : error.elementErrors()) {
        body.add(element(element, is999));
      }
    }
    List<String> ak5 = new ArrayList<>();
    ak5.add(set.accepted() ? "A" : "R");
    set.setErrors().stream().limit(MAX_CODES).forEach(e -> ak5.add(e.code().code()));
    body.add(new Segment(is999 ? "IK5" : "AK5", ak5));
  }

  /** CTX01: the name of the element that identifies the business document, and its value. */
  private Segment businessContext(TransactionSet set) {
    Map.Entry<String, Integer> key = BUSINESS_KEYS.get(set.code());
    if (key == null) {
      return null;
    }
    String value =
        set.segments().stream()
            .filter(s -> s.tag().equals(key.getKey()))
            .findFirst()
            .map(s -> s.element(key.getValue()))
            .orElse("");
    if (value.isEmpty() || value.length() > 35 || value.indexOf(component) >= 0) {
      return null;
    }
    String name = key.getKey() + String.format("%02d", key.getValue());
    return Segment.of("CTX", name + component + value);
  }

  private Segment element(ElementError e, boolean is999) {
    StringBuilder position = new StringBuilder(String.valueOf(e.position()));
    if (e.componentPosition() > 0 || (is999 && e.repetition() > 0)) {
      position.append(component).append(e.componentPosition() > 0 ? e.componentPosition() : "");
    }
    if (is999 && e.repetition() > 0) {
      position.append(component).append(e.repetition());
    }
    List<String> values =
        new ArrayList<>(List.of(position.toString(), e.reference(), e.code().code()));
    if (!e.badData().isEmpty() && e.code() != ElementErrorCode.MANDATORY_MISSING) {
      values.add(e.badData());
    }
    return new Segment(is999 ? "IK4" : "AK4", values);
  }

  private static Segment ak9(FunctionalGroup group) {
    int received = group.sets().size();
    long accepted = group.acceptedSetCount();
    String declared =
        group.declaredSetCount().matches("[0-9]+")
            ? group.declaredSetCount()
            : String.valueOf(received);
    String code;
    if (!group.errors().isEmpty() || accepted == 0 && received > 0) {
      code = "R";
    } else {
      code = accepted == received ? "A" : "P";
    }
    List<String> values =
        new ArrayList<>(
            List.of(code, declared, String.valueOf(received), String.valueOf(accepted)));
    group.errors().stream().limit(MAX_CODES).forEach(e -> values.add(e.code().code()));
    return new Segment("AK9", values);
  }
}
