package io.tradelane.partner;

import io.tradelane.x12.Delimiters;
import java.util.Map;
import java.util.Optional;

/**
 * A trading partner as configured in {@code config/partners/<id>.properties}.
 *
 * @param id the partner id, the file's name and the name of its mailbox folder
 * @param isaQualifier ISA05 of what the partner sends (ISA07 of what we send)
 * @param isaId ISA06 of what the partner sends, unpadded
 * @param gsId GS02 of what the partner sends
 * @param version X12 version we exchange: {@code 004010} or {@code 005010}
 * @param delimiters the separators we write to this partner
 * @param functionalAck {@code 997}, {@code 999} or {@code none}
 * @param ta1 whether we answer with TA1 when asked (ISA14 = 1) or when the envelope is broken
 * @param backorders whether short lines are backordered (IB) rather than cut (IQ/IR)
 * @param usAs how this partner addresses us, when it differs from the hub's own identity (retailers
 *     often assign their own supplier IDs); null parts fall back to the hub's
 * @param ackDeadlines how long the partner may take to acknowledge (997/999) each type of document
 *     we send: {@code ack.deadline} (default {@value AckDeadlines#DEFAULT}) and {@code
 *     ack.deadline.<type>} overriding it, {@code none} for never; past it the document is overdue
 * @param settings every key of the profile file as written (values trimmed), for the settings of
 *     one capability that it reads and checks itself (e.g. {@code asn.structure}, {@code
 *     invoice.*})
 */
public record PartnerProfile(
    String id,
    String name,
    String isaQualifier,
    String isaId,
    String gsId,
    String version,
    Delimiters delimiters,
    String functionalAck,
    boolean ta1,
    boolean backorders,
    AddressedAs usAs,
    AckDeadlines ackDeadlines,
    Map<String, String> settings) {

  public PartnerProfile {
    settings = Map.copyOf(settings);
  }

  /** A setting of the profile file, when present and not empty. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key)).filter(v -> !v.isEmpty());
  }

  /**
   * Our ISA qualifier and ID and our GS application code as this partner uses them; null: the
   * hub's.
   */
  public record AddressedAs(String isaQualifier, String isaId, String gsId) {}

  /** Whether we write X12 005010 (and so a 999) to this partner rather than 004010. */
  public boolean is5010() {
    return version.startsWith("005");
  }

  /** ISA12 for this partner's version. */
  public String controlVersion() {
    return is5010() ? "00501" : "00401";
  }
}
