package io.tradelane.bench;

import java.nio.charset.StandardCharsets;

/**
 * Generated X12 004010 files of 850 purchase orders from {@code acme} (the demo partner): each set
 * has a ship-to, eight lines with a description, about 1.1 KB and 30 segments, like a real store
 * order. Valid against our definitions, so that a reader's full validation path is measured.
 */
final class PurchaseOrderFiles {

  private static final String ISA =
      "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261120*0930*U*00401*%09d*0*P*>~\n";

  private PurchaseOrderFiles() {}

  /** One interchange, one group, {@code sets} transaction sets. */
  static byte[] oneInterchange(int sets) {
    StringBuilder out = new StringBuilder(sets * 1200);
    out.append(String.format(ISA, 1));
    out.append("GS*PO*ACMERETAIL*TRADELANEDEMO*20261120*0930*1*X*004010~\n");
    for (int i = 1; i <= sets; i++) {
      set(out, i);
    }
    out.append("GE*").append(sets).append("*1~\n");
    out.append("IEA*1*000000001~\n");
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code count} interchanges of one set each. */
  static byte[] manyInterchanges(int count) {
    StringBuilder out = new StringBuilder(count * 1400);
    for (int i = 1; i <= count; i++) {
      out.append(String.format(ISA, i));
      out.append("GS*PO*ACMERETAIL*TRADELANEDEMO*20261120*0930*").append(i).append("*X*004010~\n");
      set(out, 1);
      out.append("GE*1*").append(i).append("~\n");
      out.append(String.format("IEA*1*%09d~%n", i));
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The ISA, GS of a one-group interchange of 850s. */
  static String header(int control) {
    return String.format(ISA, control)
        + "GS*PO*ACMERETAIL*TRADELANEDEMO*20261120*0930*"
        + control
        + "*X*004010~\n";
  }

  static void set(StringBuilder out, int n) {
    int start = out.length();
    String control = String.format("%04d", n);
    out.append("ST*850*").append(control).append("~\n");
    out.append("BEG*00*SA*45").append(String.format("%08d", n)).append("**20261120~\n");
    out.append("REF*DP*042~\nREF*IA*98765~\nPER*BD*JANE BUYER*TE*5555550100~\n");
    out.append("DTM*002*20261201~\nDTM*010*20261125~\n");
    out.append("N1*ST*STORE 042*92*042~\nN3*100 MAIN ST~\nN4*SPRINGFIELD*IL*62701*US~\n");
    out.append("N1*BT*ACME RETAIL AP*92*001~\nN3*1 ACME PLAZA~\nN4*CHICAGO*IL*60601*US~\n");
    for (int line = 1; line <= 8; line++) {
      out.append("PO1*")
          .append(line)
          .append('*')
          .append(line * 3)
          .append("*EA*12.40**IN*A-5500")
          .append(line)
          .append("*UP*61414110007")
          .append(line)
          .append("~\n");
      out.append("PID*F****ITEM A-5500").append(line).append(" BLUE WIDGET~\n");
    }
    out.append("CTT*8*108~\n");
    int segments = (int) out.substring(start).chars().filter(c -> c == '~').count() + 1;
    out.append("SE*").append(segments).append('*').append(control).append("~\n");
  }
}
