package io.tradelane.admin;

import io.tradelane.x12.Segment;
import io.tradelane.x12.SegmentText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable view of a document's X12: each segment with its name and its elements by position
 * (BEG01, BEG02, ...), and, for an inbound set, what the 997/999 we sent said of it (its AK2/IK5
 * loop).
 */
final class SegmentView {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("ISA", "Interchange control header"),
          Map.entry("IEA", "Interchange control trailer"),
          Map.entry("GS", "Functional group header"),
          Map.entry("GE", "Functional group trailer"),
          Map.entry("ST", "Transaction set header"),
          Map.entry("SE", "Transaction set trailer"),
          Map.entry("TA1", "Interchange acknowledgment"),
          Map.entry("AK1", "Functional group response header"),
          Map.entry("AK2", "Transaction set response header"),
          Map.entry("AK3", "Data segment note"),
          Map.entry("AK4", "Data element note"),
          Map.entry("AK5", "Transaction set response trailer"),
          Map.entry("AK9", "Functional group response trailer"),
          Map.entry("IK3", "Implementation data segment note"),
          Map.entry("IK4", "Implementation data element note"),
          Map.entry("IK5", "Implementation transaction set response trailer"),
          Map.entry("BEG", "Beginning segment for purchase order"),
          Map.entry("BAK", "Beginning segment for PO acknowledgment"),
          Map.entry("BSN", "Beginning segment for ship notice"),
          Map.entry("BIG", "Beginning segment for invoice"),
          Map.entry("BFR", "Beginning segment for planning schedule"),
          Map.entry("BCH", "Beginning segment for PO change"),
          Map.entry("XQ", "Reporting date/action"),
          Map.entry("CUR", "Currency"),
          Map.entry("REF", "Reference identification"),
          Map.entry("PER", "Administrative communications contact"),
          Map.entry("FOB", "F.O.B. related instructions"),
          Map.entry("ITD", "Terms of sale"),
          Map.entry("DTM", "Date/time reference"),
          Map.entry("TD1", "Carrier details (quantity and weight)"),
          Map.entry("TD5", "Carrier details (routing sequence)"),
          Map.entry("N1", "Party identification"),
          Map.entry("N2", "Additional name information"),
          Map.entry("N3", "Party location"),
          Map.entry("N4", "Geographic location"),
          Map.entry("PO1", "Baseline item data"),
          Map.entry("POC", "Line item change"),
          Map.entry("ACK", "Line item acknowledgment"),
          Map.entry("PID", "Product/item description"),
          Map.entry("PO4", "Item physical details"),
          Map.entry("CTT", "Transaction totals"),
          Map.entry("AMT", "Monetary amount"),
          Map.entry("HL", "Hierarchical level"),
          Map.entry("PRF", "Purchase order reference"),
          Map.entry("MAN", "Marks and numbers (SSCC)"),
          Map.entry("LIN", "Item identification"),
          Map.entry("SN1", "Item detail (shipment)"),
          Map.entry("IT1", "Baseline item data (invoice)"),
          Map.entry("TDS", "Total monetary value summary"),
          Map.entry("CAD", "Carrier detail"),
          Map.entry("ISS", "Invoice shipment summary"),
          Map.entry("UIT", "Unit detail"),
          Map.entry("FST", "Forecast schedule"),
          Map.entry("SDP", "Ship/delivery pattern"),
          Map.entry("ZA", "Product activity reporting"),
          Map.entry("SDQ", "Destination quantity"),
          Map.entry("QTY", "Quantity"),
          Map.entry("CTP", "Pricing information"));

  private SegmentView() {}

  /** Each segment of {@code text}: tag, name and elements keyed by position. */
  static List<Map<String, Object>> of(String text) {
    List<Map<String, Object>> view = new ArrayList<>();
    for (Segment segment : SegmentText.split(text)) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("tag", segment.tag());
      s.put("name", NAMES.getOrDefault(segment.tag(), ""));
      Map<String, String> elements = new LinkedHashMap<>();
      for (int i = 1; i <= segment.elements().size(); i++) {
        if (!segment.element(i).isEmpty()) {
          elements.put(String.format("%s%02d", segment.tag(), i), segment.element(i));
        }
      }
      s.put("elements", elements);
      view.add(s);
    }
    return view;
  }

  /**
   * What a 997/999 says of the set with {@code setControl} of type {@code type}: its AK2 and what
   * follows up to its AK5/IK5, as text; empty when the acknowledgement does not name the set (an
   * accepted group may list no sets).
   */
  static List<String> ackLoop(String ackContent, String type, String setControl) {
    List<String> loop = new ArrayList<>();
    boolean in = false;
    for (Segment segment : SegmentText.split(ackContent)) {
      if (segment.tag().equals("AK2")) {
        in = segment.element(1).equals(type) && segment.element(2).equals(setControl);
      }
      if (in) {
        loop.add(segment.tag() + "*" + String.join("*", segment.elements()));
        if (segment.tag().equals("AK5") || segment.tag().equals("IK5")) {
          in = false;
        }
      }
    }
    return loop;
  }
}
