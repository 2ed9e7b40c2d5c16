package io.tradelane.x12;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link OutboundInterchange} as X12 text: ISA fields padded to their fixed widths,
 * ISA11 {@code U} before version 00402 and the repetition separator from then on, and SE01, GE01
 * and IEA01 counted. Each segment terminator is followed by a newline when {@code lineBreaks} is
 * set (default in {@link #X12Writer()}: true). Values that hold a separator (or a control
 * character) are refused with an {@link IllegalArgumentException} naming the value, so a broken
 * document is never produced; a component separator inside a value separates components, as in
 * {@link Segment}.
 */
public final class X12Writer {

  private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
  private final boolean lineBreaks;

  public X12Writer() {
    this(true);
  }

  public X12Writer(boolean lineBreaks) {
    this.lineBreaks = lineBreaks;
  }

  /** The interchange as text. */
  public String write(OutboundInterchange out) {
    Delimiters d = out.delimiters();
    checkDelimiters(d, out.controlVersion());
    StringBuilder text = new StringBuilder();
    append(text, d, isa(out), true);
    append(text, d, gs(out), false);
    for (OutboundSet set : out.sets()) {
      List<String> st = new ArrayList<>(List.of("ST", set.code(), set.controlNumber()));
      if (!set.implementationReference().isEmpty()) {
        st.add(set.implementationReference());
      }
      append(text, d, st, false);
      for (Segment segment : set.body()) {
        List<String> values = new ArrayList<>(List.of(segment.tag()));
        values.addAll(segment.elements());
        append(text, d, values, false);
      }
      append(
          text,
          d,
          List.of("SE", String.valueOf(set.body().size() + 2), set.controlNumber()),
          false);
    }
    append(
        text,
        d,
        List.of("GE", String.valueOf(out.sets().size()), String.valueOf(out.groupControlNumber())),
        false);
    append(text, d, List.of("IEA", "1", controlNumber(out.interchangeControlNumber())), false);
    return text.toString();
  }

  /**
   * An interchange that carries only a TA1 (interchange acknowledgement): ISA, TA1, IEA with a
   * group count of 0. The groups and sets of {@code out} are ignored.
   */
  public String writeInterchangeAck(OutboundInterchange out, Segment ta1) {
    Delimiters d = out.delimiters();
    checkDelimiters(d, out.controlVersion());
    StringBuilder text = new StringBuilder();
    append(text, d, isa(out), true);
    List<String> values = new ArrayList<>(List.of(ta1.tag()));
    values.addAll(ta1.elements());
    append(text, d, values, false);
    append(text, d, List.of("IEA", "0", controlNumber(out.interchangeControlNumber())), false);
    return text.toString();
  }

  private static List<String> isa(OutboundInterchange out) {
    Delimiters d = out.delimiters();
    boolean before00402 = out.controlVersion().compareTo("00402") < 0;
    return List.of(
        "ISA",
        "00",
        " ".repeat(10),
        "00",
        " ".repeat(10),
        fixed(out.senderQualifier(), 2),
        fixed(out.senderId(), 15),
        fixed(out.receiverQualifier(), 2),
        fixed(out.receiverId(), 15),
        out.timestamp().format(ISA_DATE),
        out.timestamp().format(TIME),
        before00402 ? "U" : String.valueOf(d.repetition()),
        fixed(out.controlVersion(), 5),
        controlNumber(out.interchangeControlNumber()),
        out.ackRequested() ? "1" : "0",
        fixed(out.usage(), 1),
        String.valueOf(d.component()));
  }

  private static List<String> gs(OutboundInterchange out) {
    return List.of(
        "GS",
        out.functionalId(),
        out.groupSenderCode(),
        out.groupReceiverCode(),
        out.timestamp().format(GS_DATE),
        out.timestamp().format(TIME),
        String.valueOf(out.groupControlNumber()),
        "X",
        out.version());
  }

  private void append(StringBuilder text, Delimiters d, List<String> values, boolean isa) {
    int last = values.size();
    while (last > 1 && values.get(last - 1).isEmpty()) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      String value = values.get(i);
      if (!(isa && (i == 11 || i == 16))) {
        check(value, d, values.get(0));
      }
      text.append(i == 0 ? "" : d.element()).append(value);
    }
    text.append(d.segment());
    if (lineBreaks) {
      text.append('\n');
    }
  }

  private static void check(String value, Delimiters d, String tag) {
    for (char c : value.toCharArray()) {
      if (c == d.element()
          || c == d.segment()
          || (d.hasRepetition() && c == d.repetition())
          || c < ' ') {
        throw new IllegalArgumentException(
            "value '"
                + value
                + "' in "
                + tag
                + " contains the separator or control character '"
                + c
                + "'");
      }
    }
  }

  private static void checkDelimiters(Delimiters d, String version) {
    List<Character> all = new ArrayList<>(List.of(d.element(), d.segment(), d.component()));
    if (version.compareTo("00402") >= 0) {
      if (!d.hasRepetition()) {
        throw new IllegalArgumentException("version " + version + " needs a repetition separator");
      }
      all.add(d.repetition());
    }
    if (all.stream().distinct().count() != all.size()
        || all.stream().anyMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException(
          "separators " + all + " must be distinct and not letters or digits");
    }
  }

  private static String fixed(String value, int width) {
    if (value.length() > width) {
      throw new IllegalArgumentException(
          "value '" + value + "' is longer than " + width + " characters");
    }
    return String.format("%-" + width + "s", value);
  }

  private static String controlNumber(long number) {
    if (number < 0 || number > 999_999_999L) {
      throw new IllegalArgumentException("control number " + number + " is not 1 to 9 digits");
    }
    return String.format("%09d", number);
  }
}
