package io.tradelane.x12;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects one functional group while it is read and checks its envelope. */
final class GroupBuilder {

  private static final Set<String> FUNCTIONAL_IDS =
      Set.of("PO", "PR", "FA", "SH", "IN", "PS", "PC", "PD", "CA");
  private static final Pattern CONTROL_NUMBER = Pattern.compile("[0-9]{1,9}");
  private static final Set<String> VERSIONS = Set.of("004010", "005010");

  private final GroupHeader header;
  private final String context;
  private final List<TransactionSet> sets = new ArrayList<>();
  private final List<GroupError> errors = new ArrayList<>();
  private final Set<String> setControlNumbers = new HashSet<>();

  GroupBuilder(GroupHeader header, String interchangeContext) {
    this.header = header;
    this.context = interchangeContext + ", group " + header.controlNumber();
    if (!FUNCTIONAL_IDS.contains(header.functionalId())) {
      error(
          GroupErrorCode.NOT_SUPPORTED,
          "functional identifier GS01 '" + header.functionalId() + "' is not supported");
    }
    String version = header.version();
    if (version.length() < 6 || !VERSIONS.contains(version.substring(0, 6))) {
      error(
          GroupErrorCode.VERSION_NOT_SUPPORTED, "version GS08 '" + version + "' is not supported");
    }
    if (!CONTROL_NUMBER.matcher(header.controlNumber()).matches()) {
      error(
          GroupErrorCode.CONTROL_NUMBER_SYNTAX,
          "control number GS06 '" + header.controlNumber() + "' is not 1 to 9 digits");
    }
  }

  static GroupHeader header(Segment gs) {
    return new GroupHeader(
        gs.element(1),
        gs.element(2),
        gs.element(3),
        gs.element(4),
        gs.element(5),
        gs.element(6),
        gs.element(7),
        gs.element(8));
  }

  GroupHeader header() {
    return header;
  }

  String context() {
    return context;
  }

  void error(GroupErrorCode code, String rule) {
    errors.add(new GroupError(code, context + ": " + rule));
  }

  /** Records the set's control number; false when the group already had it. */
  boolean registerSetControlNumber(String controlNumber) {
    return setControlNumbers.add(controlNumber);
  }

  void add(TransactionSet set) {
    sets.add(set);
  }

  FunctionalGroup close(Segment ge) {
    String declared = ge.element(1);
    if (!declared.equals(String.valueOf(sets.size()))) {
      error(
          GroupErrorCode.SET_COUNT_MISMATCH,
          "GE01 declares " + declared + " transaction sets, the group has " + sets.size());
    }
    // N0 numbers: GE02 '000000007' closes GS06 '7'
    if (!ge.element(2).equals(header.controlNumber())
        && !InterchangeAssembler.sameNumber(ge.element(2), header.controlNumber())) {
      error(
          GroupErrorCode.CONTROL_NUMBER_MISMATCH,
          "GE02 '" + ge.element(2) + "' does not match GS06 '" + header.controlNumber() + "'");
    }
    return new FunctionalGroup(header, declared, ge.element(2), sets, errors);
  }

  FunctionalGroup closeWithoutTrailer() {
    error(GroupErrorCode.TRAILER_MISSING, "the group has no GE trailer");
    return new FunctionalGroup(header, "", "", sets, errors);
  }
}
