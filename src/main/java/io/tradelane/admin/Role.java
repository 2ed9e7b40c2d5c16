package io.tradelane.admin;

import java.util.Locale;

/**
 * What a console user may do: an {@code ADMIN} everything, a {@code PLANNER} work the CPFR
 * exceptions and read documents, a {@code VIEWER} read.
 */
public enum Role {
  VIEWER,
  PLANNER,
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }

  /**
   * @throws IllegalArgumentException naming the roles, when {@code text} is none of them
   */
  public static Role of(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("'" + text + "' is not a role: admin, planner or viewer");
    }
  }
}
