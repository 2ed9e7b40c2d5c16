package io.tradelane.transport;

import io.tradelane.partner.PartnerProfile;
import java.util.Locale;

/**
 * How a partner exchanges files with us, from its profile's {@code transport} (default {@code
 * mailbox}).
 */
public enum Transport {
  /**
   * Its folder on this hub, {@code <data-dir>/mailbox/<partner>/}: the partner logs in to the hub's
   * SFTP server (or files are copied in by hand), drops files in {@code in/} and fetches ours from
   * {@code out/}.
   */
  MAILBOX,
  /** The partner's own SFTP server ({@code remote.sftp.*}), polled and written to by the hub. */
  SFTP,
  /** The partner's AS2 server ({@code as2.*}); it sends to the hub's AS2 endpoint. */
  AS2;

  public static Transport of(PartnerProfile partner) {
    String value = partner.setting("transport").orElse("mailbox");
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "partner " + partner.id() + ": transport '" + value + "' is not mailbox, sftp or as2");
    }
  }
}
