package io.tradelane.flow;

import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.FunctionalGroup;
import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a partner's 997/999 needs of a document the hub delivered, read from the file in the
 * partner's outbox (so a test cannot pass on control numbers it guessed), and the partner's
 * acknowledgement written around AK1 to AK9 lines.
 */
record PartnerAcks(String gs06, String st02) {

  /** The GS06 and ST02 of the one document of this type in the partner's outbox. */
  static PartnerAcks of(InJvmHub hub, String partner, String docType) throws IOException {
    List<Path> files = InJvmHub.files(hub.outbox(partner), docType + "-");
    if (files.size() != 1) {
      throw new AssertionError(files.size() + " " + docType + " files in the outbox of " + partner);
    }
    try (InputStream in = Files.newInputStream(files.get(0))) {
      Interchange sent = new InterchangeReader().readAll(in).get(0);
      FunctionalGroup group = sent.groups().get(0);
      return new PartnerAcks(group.header().controlNumber(), group.sets().get(0).controlNumber());
    }
  }

  /** An acme 997 (004010, '*' and '~'), interchange and group numbered {@code control}. */
  static byte[] acme997(int control, String... body) {
    String isa13 = String.format("%09d", control);
    return envelope(
        "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261120*1600*U*00401*"
            + isa13
            + "*0*P*>~",
        "GS*FA*ACMERETAIL*TRADELANEDEMO*20261120*1600*" + control + "*X*004010~",
        "ST*997*0001~",
        body,
        "SE*%d*0001~",
        "GE*1*" + control + "~",
        "IEA*1*" + isa13 + "~",
        '*');
  }

  /** A bigbox 999 (005010X231A1, '|' and '~'), interchange and group numbered {@code control}. */
  static byte[] bigbox999(int control, String... body) {
    String isa13 = String.format("%09d", control);
    return envelope(
        "ISA|00|          |00|          |01|987654321      |ZZ|TRADELANEDEMO  |261120|1600|^|00501|"
            + isa13
            + "|0|P|:~",
        "GS|FA|987654321|TRADELANEDEMO|20261120|1600|" + control + "|X|005010X231A1~",
        "ST|999|0001|005010X231A1~",
        body,
        "SE|%d|0001~",
        "GE|1|" + control + "~",
        "IEA|1|" + isa13 + "~",
        '|');
  }

  private static byte[] envelope(
      String isa, String gs, String st, String[] body, String se, String ge, String iea, char e) {
    StringBuilder out = new StringBuilder(isa).append('\n').append(gs).append('\n');
    out.append(st).append('\n');
    for (String line : body) {
      out.append(line.replace('*', e)).append("~\n");
    }
    out.append(String.format(se, body.length + 2)).append('\n').append(ge).append('\n');
    return out.append(iea).append('\n').toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
