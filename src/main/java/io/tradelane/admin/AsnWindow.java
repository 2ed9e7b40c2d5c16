package io.tradelane.admin;

import io.tradelane.partner.Durations;
import io.tradelane.partner.PartnerProfile;
import java.time.Duration;

/**
 * How soon after a shipment is confirmed its 856 must reach the partner, as the supplier scorecard
 * measures it: the profile's {@code scorecard.asn-window}, a duration ({@code 4h}, {@code 90m},
 * {@code 2d}, ISO-8601 {@code PT24H}); default {@value #DEFAULT}. The scorecard only reports
 * against it; nothing is held or sent differently.
 */
public final class AsnWindow {

  /** The window when a profile names none. */
  public static final String DEFAULT = "24h";

  /** The profile key. */
  public static final String KEY = "scorecard.asn-window";

  private AsnWindow() {}

  /**
   * A partner's window.
   *
   * @throws IllegalStateException when the setting is not a duration (or is {@code none})
   */
  public static Duration of(PartnerProfile partner) {
    return Durations.required(
        partner.setting(KEY).orElse(DEFAULT), "partner " + partner.id() + ": " + KEY);
  }
}
