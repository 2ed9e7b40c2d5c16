package io.tradelane.it;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds valid 850 interchanges for the demo partners, with the envelope counts and control numbers
 * right. One generator hands out interchange control numbers (ISA13 = IEA02, and the same number as
 * GS06 = GE02) that are unique for its lifetime, so that a 997/999 can be traced back to the
 * interchange it answers through its AK1 group control number.
 */
public final class X12Samples {

  /** One catalog item: ACME item number, UPC, list price. */
  record Item(String acmeItem, String upc, String price) {}

  /** Items with stock on hand in the seeded catalog (and two without, to get backorders). */
  static final List<Item> ITEMS =
      List.of(
          new Item("A-55001", "614141100071", "12.40"),
          new Item("A-55002", "614141100149", "18.75"),
          new Item("A-55006", "614141100422", "9.85"),
          new Item("A-55011", "614141100774", "7.40"),
          new Item("A-55008", "614141100569", "24.30"),
          new Item("A-55005", "614141100354", "31.90"),
          new Item("A-55010", "614141100705", "14.20"));

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private final AtomicLong controlNumbers;
  private final int linesPerOrder;

  /**
   * @param firstControlNumber the first ISA13/GS06 handed out
   * @param linesPerOrder PO1 lines per purchase order (1 to {@link #ITEMS}.size())
   */
  public X12Samples(long firstControlNumber, int linesPerOrder) {
    if (linesPerOrder < 1 || linesPerOrder > ITEMS.size()) {
      throw new IllegalArgumentException("linesPerOrder must be 1.." + ITEMS.size());
    }
    this.controlNumbers = new AtomicLong(firstControlNumber);
    this.linesPerOrder = linesPerOrder;
  }

  public X12Samples() {
    this(1, 3);
  }

  /** An interchange built by this generator: its text, control number and the POs it carries. */
  public record Interchange(String text, long controlNumber, List<String> poNumbers) {

    /** The group control number (GS06), equal to the interchange control number. */
    public String groupControl() {
      return Long.toString(controlNumber);
    }
  }

  /** An ACME Retail (004010) interchange with one group holding one 850 per PO number. */
  public Interchange acme850(List<String> poNumbers) {
    return acme850("ACMERETAIL", poNumbers);
  }

  /**
   * As {@link #acme850(List)}, but claiming to come from another ISA06 sender id (ZZ qualifier).
   */
  public Interchange acme850(String senderId, List<String> poNumbers) {
    long control = controlNumbers.getAndIncrement();
    LocalDateTime now = LocalDateTime.now();
    Syntax x12 = new Syntax('*', '~');
    StringBuilder out = new StringBuilder();
    out.append(
        x12.segment(
            "ISA",
            "00",
            pad("", 10),
            "00",
            pad("", 10),
            "ZZ",
            pad(senderId, 15),
            "ZZ",
            pad("TRADELANEDEMO", 15),
            now.format(YYMMDD),
            now.format(HHMM),
            "U",
            "00401",
            isa13(control),
            "0",
            "P",
            ">"));
    out.append(
        x12.segment(
            "GS",
            "PO",
            senderId,
            "TRADELANEDEMO",
            now.format(CCYYMMDD),
            now.format(HHMM),
            Long.toString(control),
            "X",
            "004010"));
    for (int i = 0; i < poNumbers.size(); i++) {
      out.append(acmeOrder(x12, String.format("%04d", i + 1), poNumbers.get(i), now));
    }
    out.append(x12.segment("GE", Integer.toString(poNumbers.size()), Long.toString(control)));
    out.append(x12.segment("IEA", "1", isa13(control)));
    return new Interchange(out.toString(), control, List.copyOf(poNumbers));
  }

  private String acmeOrder(Syntax x12, String setControl, String po, LocalDateTime now) {
    List<String> body = new ArrayList<>();
    body.add(x12.segment("ST", "850", setControl));
    body.add(x12.segment("BEG", "00", "SA", po, "", now.format(CCYYMMDD)));
    body.add(x12.segment("DTM", "010", now.plusDays(10).format(CCYYMMDD)));
    body.add(x12.segment("N1", "ST", "ACME Store 12", "92", "0012"));
    for (int line = 1; line <= linesPerOrder; line++) {
      Item item = ITEMS.get((line - 1 + Math.floorMod(po.hashCode(), ITEMS.size())) % ITEMS.size());
      body.add(
          x12.segment(
              "PO1",
              Integer.toString(line),
              Integer.toString(line + 1),
              "EA",
              item.price(),
              "",
              "IN",
              item.acmeItem(),
              "UP",
              item.upc()));
    }
    body.add(x12.segment("CTT", Integer.toString(linesPerOrder)));
    body.add(x12.segment("SE", Integer.toString(body.size() + 1), setControl));
    return String.join("", body);
  }

  /** A BigBox Stores (005010) interchange asking for a TA1, one 850 for the PO, items by UPC. */
  public Interchange bigbox850(String po) {
    long control = controlNumbers.getAndIncrement();
    LocalDateTime now = LocalDateTime.now();
    Syntax x12 = new Syntax('|', '~');
    List<String> set = new ArrayList<>();
    set.add(x12.segment("ST", "850", "0001"));
    set.add(x12.segment("BEG", "00", "SA", po, "", now.format(CCYYMMDD)));
    set.add(x12.segment("N1", "ST", "BigBox Store 7", "92", "0007"));
    for (int line = 1; line <= linesPerOrder; line++) {
      Item item = ITEMS.get(line - 1);
      set.add(
          x12.segment(
              "PO1", Integer.toString(line), "1", "EA", item.price(), "", "UP", item.upc()));
    }
    set.add(x12.segment("CTT", Integer.toString(linesPerOrder)));
    set.add(x12.segment("SE", Integer.toString(set.size() + 1), "0001"));
    String text =
        x12.segment(
                "ISA",
                "00",
                pad("", 10),
                "00",
                pad("", 10),
                "01",
                pad("987654321", 15),
                "ZZ",
                pad("TRADELANEDEMO", 15),
                now.format(YYMMDD),
                now.format(HHMM),
                "^",
                "00501",
                isa13(control),
                "1",
                "P",
                ":")
            + x12.segment(
                "GS",
                "PO",
                "987654321",
                "TRADELANEDEMO",
                now.format(CCYYMMDD),
                now.format(HHMM),
                Long.toString(control),
                "X",
                "005010")
            + String.join("", set)
            + x12.segment("GE", "1", Long.toString(control))
            + x12.segment("IEA", "1", isa13(control));
    return new Interchange(text, control, List.of(po));
  }

  /** Several interchanges written back to back into one file. */
  public static String concat(List<Interchange> interchanges) {
    StringBuilder out = new StringBuilder();
    interchanges.forEach(i -> out.append(i.text()));
    return out.toString();
  }

  private static String isa13(long control) {
    if (control < 0 || control > 999_999_999L) {
      throw new IllegalStateException("interchange control number out of range: " + control);
    }
    return String.format("%09d", control);
  }

  private static String pad(String value, int width) {
    return String.format("%-" + width + "s", value);
  }

  private record Syntax(char element, char segment) {
    String segment(String... elements) {
      return String.join(String.valueOf(element), elements) + segment;
    }
  }
}
