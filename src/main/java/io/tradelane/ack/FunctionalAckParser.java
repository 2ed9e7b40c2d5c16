package io.tradelane.ack;

import io.tradelane.ack.AckReport.SetAck;
import io.tradelane.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a partner's 997 (AK1, AK2/AK3/AK4/AK5, AK9) or 999 (AK1, AK2/IK3/IK4/IK5, AK9; CTX ignored)
 * into an {@link AckReport}, the error codes turned into readable text ("BEG03 (segment 2): data
 * element too long (5), value 'X'").
 *
 * <p>An acknowledgement the hub cannot act on is refused with an {@link IllegalArgumentException}
 * saying why: a missing AK1 or AK9, an AK2 loop without its AK5/IK5, segments of the other kind of
 * acknowledgement, an unknown status code, or an AK9 that accepts the group (A) while it rejects
 * one of its sets.
 */
public final class FunctionalAckParser {

  /** Reads the segments (ST to SE, either included) of a 997 or 999 set. */
  public AckReport parse(String kind, List<Segment> segments) {
    if (!kind.equals("997") && !kind.equals("999")) {
      throw new IllegalArgumentException("a " + kind + " is not a functional acknowledgement");
    }
    String prefix = kind.equals("997") ? "AK" : "IK";
    Reading reading = new Reading();
    for (Segment s : segments) {
      String tag = s.tag();
      boolean numbered = tag.length() == 3 && (tag.startsWith("AK") || tag.startsWith("IK"));
      switch (numbered ? tag.substring(2) : tag) {
        case "ST", "SE", "CTX" -> {}
        case "1" -> reading.header(tag, s);
        case "2" -> reading.openSet(tag, s);
        case "3" -> reading.segmentError(own(prefix, tag), s);
        case "4" -> reading.elementError(own(prefix, tag), s);
        case "5" -> reading.closeSet(own(prefix, tag), s);
        case "9" -> reading.trailer(tag, s);
        default ->
            throw new IllegalArgumentException("unexpected segment " + tag + " in a " + kind);
      }
    }
    return reading.report(kind);
  }

  /** AK3, AK4 and AK5 belong to a 997, IK3, IK4 and IK5 to a 999. */
  private static String own(String prefix, String tag) {
    if (!tag.startsWith(prefix)) {
      throw new IllegalArgumentException(
          "segment " + tag + " belongs in a " + (prefix.equals("AK") ? "999" : "997"));
    }
    return tag;
  }

  /** The state of one reading: the group header, the open AK2 loop, what was read so far. */
  private static final class Reading {
    private Segment ak1;
    private Segment ak9;
    private Segment ak2;
    private String segmentId = "";
    private String segmentPosition = "";
    private final List<String> errors = new ArrayList<>();
    private final List<SetAck> sets = new ArrayList<>();

    void header(String tag, Segment s) {
      if (ak1 != null || !tag.equals("AK1")) {
        throw new IllegalArgumentException("one AK1 must open the acknowledgement");
      }
      ak1 = required(s, 2);
    }

    void openSet(String tag, Segment s) {
      if (ak1 == null || ak9 != null || ak2 != null || !tag.equals("AK2")) {
        throw new IllegalArgumentException(
            "AK2 " + s.element(2) + " is out of place (after AK1, each loop closed by its AK5)");
      }
      ak2 = required(s, 2);
      segmentId = "";
      segmentPosition = "";
      errors.clear();
    }

    void segmentError(String tag, Segment s) {
      inSet(tag);
      segmentId = s.element(1);
      segmentPosition = " (segment " + s.element(2) + ")";
      errors.add(segmentId + segmentPosition + ": " + AckCodeTexts.segment(s.element(4)));
    }

    void elementError(String tag, Segment s) {
      inSet(tag);
      // AK401/IK401 is a composite (element, component, repetition): the element is what we name
      String position = s.element(1).split("[^0-9]+")[0];
      String element = position.length() == 1 ? "0" + position : position;
      String value = s.element(4).isEmpty() ? "" : ", value '" + s.element(4) + "'";
      String name = (segmentId.isEmpty() ? "element " : segmentId) + element;
      errors.add(name + segmentPosition + ": " + AckCodeTexts.element(s.element(3)) + value);
    }

    void closeSet(String tag, Segment s) {
      inSet(tag);
      String code = required(s, 1).element(1);
      AckStatus.ofCode(code);
      if (code.equals("P")) {
        throw new IllegalArgumentException(tag + "01 P is for a group (AK901), not a set");
      }
      List<String> all = new ArrayList<>(errors);
      codes(s, 2, 6).forEach(c -> all.add(AckCodeTexts.set(c)));
      sets.add(new SetAck(ak2.element(1), ak2.element(2), code, all));
      ak2 = null;
    }

    void trailer(String tag, Segment s) {
      if (ak1 == null || ak2 != null || ak9 != null || !tag.equals("AK9")) {
        throw new IllegalArgumentException("AK9 must close the acknowledgement, after every AK5");
      }
      ak9 = required(s, 1);
      AckStatus.ofCode(ak9.element(1));
    }

    AckReport report(String kind) {
      if (ak1 == null || ak9 == null) {
        throw new IllegalArgumentException(
            "a " + kind + " needs " + (ak1 == null ? "an AK1" : "an AK9"));
      }
      String groupCode = ak9.element(1);
      for (SetAck set : sets) {
        if (groupCode.equals("A") && AckStatus.ofCode(set.code()) == AckStatus.REJECTED) {
          throw new IllegalArgumentException(
              "AK901 A accepts the group but set " + set.setControl() + " is rejected");
        }
      }
      List<String> groupErrors = codes(ak9, 5, 9).stream().map(AckCodeTexts::group).toList();
      return new AckReport(
          kind, ak1.element(1), ak1.element(2), groupCode, groupErrors, List.copyOf(sets));
    }

    private void inSet(String tag) {
      if (ak2 == null) {
        throw new IllegalArgumentException(tag + " outside an AK2 loop");
      }
    }

    private static Segment required(Segment s, int count) {
      for (int i = 1; i <= count; i++) {
        if (s.element(i).isBlank()) {
          throw new IllegalArgumentException(s.tag() + String.format("%02d", i) + " is missing");
        }
      }
      return s;
    }

    private static List<String> codes(Segment s, int from, int to) {
      List<String> codes = new ArrayList<>();
      for (int i = from; i <= to; i++) {
        if (!s.element(i).isBlank()) {
          codes.add(s.element(i));
        }
      }
      return codes;
    }
  }
}
