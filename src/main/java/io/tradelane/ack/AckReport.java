package io.tradelane.ack;

import java.util.List;

/**
 * What a partner's 997 or 999 says about one functional group we sent.
 *
 * @param kind 997 or 999
 * @param functionalId AK101, the functional identifier of the group acknowledged (PR for an 855)
 * @param groupControl AK102, the GS06 we sent the group with
 * @param groupCode AK901: A, E, P, R, M, W or X
 * @param groupErrors AK905 to AK909 as readable text
 * @param sets the AK2 loops: the sets the partner names; a set it does not name takes the group's
 *     outcome
 */
public record AckReport(
    String kind,
    String functionalId,
    String groupControl,
    String groupCode,
    List<String> groupErrors,
    List<SetAck> sets) {

  public AckReport {
    groupErrors = List.copyOf(groupErrors);
    sets = List.copyOf(sets);
  }

  /**
   * One AK2 loop.
   *
   * @param setCode AK201 (855)
   * @param setControl AK202, the ST02 we sent the set with
   * @param code AK501/IK501
   * @param errors the AK3/AK4 (IK3/IK4) and AK502-AK506 (IK502-IK506) errors as readable text
   */
  public record SetAck(String setCode, String setControl, String code, List<String> errors) {

    public SetAck {
      errors = List.copyOf(errors);
    }
  }

  /** Whether the partner rejected the group as a whole (AK901 R, M, W or X). */
  public boolean groupRejected() {
    return AckStatus.ofCode(groupCode) == AckStatus.REJECTED;
  }
}
