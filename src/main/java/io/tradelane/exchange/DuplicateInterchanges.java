package io.tradelane.exchange;

import io.tradelane.partner.PartnerProfile;
import io.tradelane.x12.EnvelopeError;
import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeNote;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An interchange whose control number (ISA13) the partner already sent, and we accepted, within the
 * duplicate window ({@code hub.x12.duplicate-window-days}) is a duplicate: answered with TA1 note
 * 025 where the partner takes TA1s, recorded, and nothing in it is processed again. The check runs
 * under the partner's counter lock, so two copies judged at once cannot both pass.
 */
public final class DuplicateInterchanges {

  private final Interchanges interchanges;
  private final ControlNumbers controlNumbers;
  private final Duration window;
  private final Clock clock;

  public DuplicateInterchanges(
      Interchanges interchanges, ControlNumbers controlNumbers, Duration window, Clock clock) {
    this.interchanges = interchanges;
    this.controlNumbers = controlNumbers;
    this.window = window;
    this.clock = clock;
  }

  /** The envelope error that makes this interchange a duplicate, if it is one. */
  public Optional<EnvelopeError> check(PartnerProfile partner, Interchange interchange) {
    if (!interchange.envelopeAccepted()) {
      return Optional.empty();
    }
    controlNumbers.lockPartner(partner.id());
    String isa13 = interchange.header().controlNumber();
    if (!interchanges.acceptedBefore(partner.id(), isa13, Instant.now(clock).minus(window))) {
      return Optional.empty();
    }
    return Optional.of(
        new EnvelopeError(
            InterchangeNote.DUPLICATE_CONTROL_NUMBER,
            "interchange "
                + isa13
                + " was received and accepted from "
                + partner.id()
                + " within the last "
                + window.toDays()
                + " days; nothing in it is processed again"));
  }
}
