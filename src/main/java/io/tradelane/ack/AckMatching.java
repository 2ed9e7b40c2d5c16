package io.tradelane.ack;

import io.tradelane.ack.AckReport.SetAck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches what an acknowledgement says to the documents we sent in the group it names (AK102 = our
 * GS06), set by set (AK202 = our ST02, AK201 = the type we sent). A set the partner names takes its
 * AK5/IK5 status; a set it does not name takes the group's (AK901: A accepted, E or P accepted with
 * errors, R, M, W or X rejected); when the group as a whole is rejected every set is. A document
 * with several sets takes the worst of them. Whatever the acknowledgement names that we never sent
 * is listed as unmatched.
 */
final class AckMatching {

  /** What one acknowledgement means for one of our documents. */
  record Outcome(SentDocument document, AckStatus status, String detail) {}

  /** The outcomes for our documents, and what the acknowledgement names that we never sent. */
  record Result(List<Outcome> outcomes, List<String> unmatched) {}

  private AckMatching() {}

  static Result match(AckReport report, List<SentDocument> group) {
    String groupName = "group " + report.functionalId() + " " + report.groupControl();
    if (group.isEmpty()) {
      return new Result(List.of(), List.of(groupName + " was never sent to this partner"));
    }
    Map<SentDocument, AckStatus> status = new LinkedHashMap<>();
    Map<SentDocument, List<String>> details = new LinkedHashMap<>();
    Set<String> named = new HashSet<>();
    List<String> unmatched = new ArrayList<>();
    for (SetAck set : report.sets()) {
      Optional<SentDocument> sent = find(group, set);
      if (sent.isEmpty()) {
        unmatched.add(
            "set "
                + set.setCode()
                + " "
                + set.setControl()
                + " of "
                + groupName
                + " was never sent");
        continue;
      }
      named.add(key(sent.get().id(), number(set.setControl()).orElseThrow()));
      add(status, sent.get(), AckStatus.ofCode(set.code()));
      set.errors().forEach(e -> details.computeIfAbsent(sent.get(), d -> new ArrayList<>()).add(e));
    }
    AckStatus groupStatus = AckStatus.ofCode(report.groupCode());
    for (SentDocument doc : group) {
      for (long st : doc.setControls()) {
        if (!named.contains(key(doc.id(), st)) || report.groupRejected()) {
          add(status, doc, groupStatus);
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    status.forEach(
        (doc, s) -> {
          List<String> lines = new ArrayList<>(details.getOrDefault(doc, List.of()));
          report.groupErrors().forEach(e -> lines.add(groupName + ": " + e));
          outcomes.add(new Outcome(doc, s, lines.isEmpty() ? null : String.join("\n", lines)));
        });
    return new Result(outcomes, unmatched);
  }

  private static Optional<SentDocument> find(List<SentDocument> group, SetAck set) {
    Optional<Long> st = number(set.setControl());
    return st.flatMap(
        n ->
            group.stream()
                .filter(d -> d.docType().equals(set.setCode()) && d.setControls().contains(n))
                .findFirst());
  }

  private static void add(Map<SentDocument, AckStatus> status, SentDocument doc, AckStatus s) {
    status.merge(doc, s, AckStatus::worse);
  }

  private static String key(long documentId, long setControl) {
    return documentId + "/" + setControl;
  }

  /** A control number as we wrote it (digits, perhaps zero-padded); empty when it is not one. */
  static Optional<Long> number(String controlNumber) {
    String trimmed = controlNumber.trim();
    return trimmed.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(trimmed)) : Optional.empty();
  }
}
