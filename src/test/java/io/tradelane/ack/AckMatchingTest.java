package io.tradelane.ack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.ack.AckMatching.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching what an acknowledgement says to the documents we sent in its group. */
class AckMatchingTest {

  private static final SentDocument PO_ACK = sent(10, "855", 2L);
  private static final SentDocument SECOND = sent(11, "855", 3L);

  @Test
  void a_named_set_takes_its_own_status_and_errors() {
    AckReport report = report("R", set("855", "0002", "R", "BAK03: too long"));
    AckMatching.Result result = AckMatching.match(report, List.of(PO_ACK));
    assertThat(result.unmatched()).isEmpty();
    assertThat(result.outcomes())
        .containsExactly(new Outcome(PO_ACK, AckStatus.REJECTED, "BAK03: too long"));
  }

  @Test
  void sets_not_named_take_the_group_status() {
    assertThat(AckMatching.match(report("A"), List.of(PO_ACK, SECOND)).outcomes())
        .extracting(Outcome::status)
        .containsExactly(AckStatus.ACCEPTED, AckStatus.ACCEPTED);
    assertThat(AckMatching.match(report("R"), List.of(PO_ACK)).outcomes())
        .extracting(Outcome::status)
        .containsExactly(AckStatus.REJECTED);
    assertThat(
            AckMatching.match(report("P", set("855", "2", "R")), List.of(PO_ACK, SECOND))
                .outcomes())
        .extracting(Outcome::status)
        .containsExactly(AckStatus.REJECTED, AckStatus.ACCEPTED_WITH_ERRORS);
  }

  @Test
  void a_rejected_group_rejects_even_the_sets_it_accepts() {
    AckReport report = report("R", set("855", "0002", "A"));
    assertThat(AckMatching.match(report, List.of(PO_ACK)).outcomes())
        .extracting(Outcome::status)
        .containsExactly(AckStatus.REJECTED);
  }

  @Test
  void a_group_we_never_sent_is_unmatched() {
    AckMatching.Result result = AckMatching.match(report("A"), List.of());
    assertThat(result.outcomes()).isEmpty();
    assertThat(result.unmatched()).containsExactly("group PR 2 was never sent to this partner");
  }

  @Test
  void a_set_we_never_sent_is_unmatched_and_the_rest_applied() {
    AckReport report = report("A", set("855", "0009", "A"), set("810", "0002", "A"));
    AckMatching.Result result = AckMatching.match(report, List.of(PO_ACK));
    assertThat(result.unmatched())
        .containsExactly(
            "set 855 0009 of group PR 2 was never sent",
            "set 810 0002 of group PR 2 was never sent");
    assertThat(result.outcomes()).extracting(Outcome::status).containsExactly(AckStatus.ACCEPTED);
  }

  @Test
  void group_errors_are_part_of_every_documents_detail() {
    AckReport report =
        new AckReport("997", "PR", "2", "R", List.of("trailer missing (3)"), List.of());
    assertThat(AckMatching.match(report, List.of(PO_ACK)).outcomes())
        .extracting(Outcome::detail)
        .containsExactly("group PR 2: trailer missing (3)");
  }

  private static SentDocument sent(long id, String type, long st) {
    return new SentDocument(id, "acme", type, id, 2, List.of(st), null);
  }

  private static AckReport report(String groupCode, AckReport.SetAck... sets) {
    return new AckReport("997", "PR", "2", groupCode, List.of(), List.of(sets));
  }

  private static AckReport.SetAck set(String type, String st, String code, String... errors) {
    return new AckReport.SetAck(type, st, code, List.of(errors));
  }
}
