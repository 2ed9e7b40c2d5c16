package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.ack.AckReconciliation;
import io.tradelane.ack.OverdueAcks;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.runtime.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's 997/999 about the 855 the hub sent reconciles it: accepted, rejected with readable
 * errors, accepted with errors; an acknowledgement naming a group we never sent is recorded, and an
 * 855 left unacknowledged past its deadline becomes overdue once. Each acknowledgement is built
 * from the 855 the hub actually wrote to the partner's outbox.
 */
class AckFlowTest {

  private static final Path ORDERS = Path.of("edi-samples", "850");

  @Test
  void a_997_accepting_the_855_makes_it_accepted_and_handling_it_again_changes_nothing()
      throws Exception {
    try (InJvmHub hub = InJvmHub.start("ack-accepted", null, Map.of())) {
      PartnerAcks sent = order(hub, "acme", "acme-single-po.edi");
      hub.drop("acme", "997.edi", PartnerAcks.acme997(5001, accepting(sent)));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      long ackId = ackDocument(jdbc, 5001);
      assertThat(ack855(jdbc)).isEqualTo("ACCEPTED");
      assertThat(jdbc.queryForObject(ackOf855("ack_document_id"), Long.class)).isEqualTo(ackId);
      assertThat(jdbc.queryForObject(ackOf855("ack_at"), Object.class)).isNotNull();
      assertThat(status(jdbc, ackId)).isEqualTo("PROCESSED");
      assertThat(count(jdbc, "select count(*) from outbound_document where ack_status is not null"))
          .as("our 997 is not acknowledged")
          .isEqualTo(1);

      NotifyBuilder again =
          new NotifyBuilder(hub.camel()).fromRoute("acks-reconcile").whenDone(1).create();
      hub.camel()
          .createProducerTemplate()
          .sendBody("jms:queue:tradelane.acks.received", Long.toString(ackId));
      assertThat(again.matches(30, TimeUnit.SECONDS)).isTrue();
      bean(hub, AckReconciliation.class, "ackReconciliation").reconcile(Long.toString(ackId));
      assertThat(count(jdbc, "select count(*) from outbound_ack")).isEqualTo(1);

      hub.drop("acme", "997-again.edi", PartnerAcks.acme997(5002, rejecting(sent)));
      SampleFlowTest.awaitSettled(hub.jdbc(), 3);
      assertThat(ack855(jdbc)).as("the latest acknowledgement wins").isEqualTo("REJECTED");
      assertThat(jdbc.queryForList("select status from outbound_ack order by id", String.class))
          .containsExactly("ACCEPTED", "REJECTED");
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'stage-failed'"))
          .isZero();
    }
  }

  @Test
  void a_997_rejecting_the_855_makes_it_rejected_with_the_errors_as_text() throws Exception {
    try (InJvmHub hub = InJvmHub.start("ack-rejected", null, Map.of())) {
      PartnerAcks sent = order(hub, "acme", "acme-single-po.edi");
      hub.drop("acme", "997.edi", PartnerAcks.acme997(5001, rejecting(sent)));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      assertThat(ack855(jdbc)).isEqualTo("REJECTED");
      assertThat(jdbc.queryForObject(ackOf855("ack_detail"), String.class))
          .isEqualTo(
              "PO1 (segment 3): segment has data element errors (8)\n"
                  + "PO102 (segment 3): data element too long (5), value '1000000000000000'\n"
                  + "one or more segments in error (5)");
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'ack-rejected'"))
          .isEqualTo(1);
    }
  }

  @Test
  void a_999_with_ik5_e_makes_the_855_accepted_with_errors() throws Exception {
    try (InJvmHub hub = InJvmHub.start("ack-999", null, Map.of())) {
      PartnerAcks sent = order(hub, "bigbox", "bigbox-single-po.edi");
      hub.drop(
          "bigbox",
          "999.edi",
          PartnerAcks.bigbox999(
              6001,
              "AK1*PR*" + sent.gs06() + "*005010",
              "AK2*855*" + sent.st02(),
              "IK3*ACK*5*PO1*8",
              "IK4*1*668*I6*IR",
              "IK5*E*I5",
              "AK9*E*1*1*1"));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      assertThat(ack855(jdbc)).isEqualTo("ACCEPTED_WITH_ERRORS");
      assertThat(jdbc.queryForObject(ackOf855("ack_detail"), String.class))
          .contains("ACK01 (segment 5): code value not used in the implementation (I6)");
    }
  }

  @Test
  void an_ack_for_a_group_we_never_sent_is_unmatched_and_a_contradictory_one_refused()
      throws Exception {
    try (InJvmHub hub = InJvmHub.start("ack-unmatched", null, Map.of())) {
      PartnerAcks sent = order(hub, "acme", "acme-single-po.edi");
      String unknownGroup = Long.toString(Long.parseLong(sent.gs06()) + 900);
      hub.drop(
          "acme", "997.edi", PartnerAcks.acme997(5001, "AK1*PR*" + unknownGroup, "AK9*A*1*1*1"));
      SampleFlowTest.awaitSettled(hub.jdbc(), 2);

      JdbcTemplate jdbc = hub.jdbc();
      assertThat(status(jdbc, ackDocument(jdbc, 5001))).isEqualTo("UNMATCHED");
      assertThat(
              jdbc.queryForList(
                  "select message from hub_event where kind = 'ack-unmatched'", String.class))
          .containsExactly("group PR " + unknownGroup + " was never sent to this partner");
      assertThat(ack855(jdbc)).isNull();

      hub.drop(
          "acme",
          "bad-997.edi",
          Files.readAllBytes(
              Path.of("edi-samples", "997", "bad-acme-accepts-group-rejects-set.edi")));
      SampleFlowTest.awaitSettled(hub.jdbc(), 3);
      long refused = ackDocument(jdbc, 3004);
      assertThat(status(jdbc, refused)).isEqualTo("FAILED");
      assertThat(
              jdbc.queryForObject(
                  "select detail from inbound_document where id = ?", String.class, refused))
          .isEqualTo("cannot read the 997: AK901 A accepts the group but set 0002 is rejected");
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'document-failed'"))
          .isEqualTo(1);
      assertThat(ack855(jdbc)).isNull();
    }
  }

  @Test
  void an_unacknowledged_855_becomes_overdue_once_and_a_late_ack_still_reconciles_it()
      throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-20T15:30:00Z"));
    try (InJvmHub hub =
        InJvmHub.start("ack-overdue", clock, Map.of("hub.acks.overdue-check", "100ms"))) {
      PartnerAcks sent = order(hub, "acme", "acme-single-po.edi");
      JdbcTemplate jdbc = hub.jdbc();
      clock.advance(Duration.ofHours(3));
      OverdueAcks overdue = bean(hub, OverdueAcks.class, "overdueAcks");
      assertThat(overdue.check()).as("within acme's 4h for an 855").isZero();

      clock.advance(Duration.ofHours(2));
      await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(ack855(jdbc)));
      assertThat(overdue.check()).as("marked once").isZero();
      assertThat(
              jdbc.queryForList(
                  "select reference || ': ' || message from hub_event where kind = 'ack-overdue'",
                  String.class))
          .containsExactly(
              "855 ISA13 000000002 GS06 "
                  + sent.gs06()
                  + " ST02 "
                  + sent.st02()
                  + ": no acknowledgement 5h after delivery (2026-11-20T15:30:00Z);"
                  + " the deadline is 4h");

      hub.drop("acme", "997.edi", PartnerAcks.acme997(5001, accepting(sent)));
      SampleFlowTest.awaitSettled(jdbc, 2);
      assertThat(ack855(jdbc)).isEqualTo("ACCEPTED");
      assertThat(jdbc.queryForObject(ackOf855("overdue_at"), Object.class)).isNotNull();
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'ack-late'"))
          .isEqualTo(1);
    }
  }

  /** Drops a purchase order and returns the control numbers of the 855 the hub delivered. */
  @Test
  void a_ta1_rejecting_our_interchange_is_recorded_for_the_admin() throws Exception {
    try (InJvmHub hub = InJvmHub.start("ack-ta1", null, Map.of())) {
      order(hub, "acme", "acme-single-po.edi");
      JdbcTemplate jdbc = hub.jdbc();
      long ours =
          jdbc.queryForObject(
              "select interchange_control from outbound_document where doc_type = '855'",
              Long.class);
      String isa13 = String.format("%09d", ours);
      String ta1Only =
          "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261120*1600*U*00401*000005003*0*P*>~\n"
              + "TA1*"
              + isa13
              + "*261120*0930*R*022~\n"
              + "IEA*0*000005003~\n";
      hub.drop("acme", "ta1.edi", ta1Only.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      SampleFlowTest.awaitSettled(jdbc, 2);

      assertThat(
              jdbc.queryForList(
                  "select severity || ' ' || message from hub_event where kind = 'ta1-received'",
                  String.class))
          .containsExactly("WARN TA1 for our interchange " + isa13 + ": R, note 022");
      assertThat(
              jdbc.queryForObject(
                  "select status from interchange where control_number = '000005003'",
                  String.class))
          .isEqualTo("ACCEPTED");
    }
  }

  private static PartnerAcks order(InJvmHub hub, String partner, String sample) throws Exception {
    hub.drop(partner, sample, Files.readAllBytes(ORDERS.resolve(sample)));
    SampleFlowTest.awaitSettled(hub.jdbc(), 1);
    hub.awaitOutbox(partner, java.util.List.of("855-"));
    return PartnerAcks.of(hub, partner, "855");
  }

  private static String[] accepting(PartnerAcks sent) {
    return new String[] {"AK1*PR*" + sent.gs06(), "AK2*855*" + sent.st02(), "AK5*A", "AK9*A*1*1*1"};
  }

  private static String[] rejecting(PartnerAcks sent) {
    return new String[] {
      "AK1*PR*" + sent.gs06(),
      "AK2*855*" + sent.st02(),
      "AK3*PO1*3*PO1*8",
      "AK4*2*330*5*1000000000000000",
      "AK5*R*5",
      "AK9*R*1*1*0"
    };
  }

  private static String ack855(JdbcTemplate jdbc) {
    return jdbc.queryForObject(ackOf855("ack_status"), String.class);
  }

  private static String ackOf855(String column) {
    return "select " + column + " from outbound_document where doc_type = '855'";
  }

  private static long ackDocument(JdbcTemplate jdbc, int interchangeControl) {
    return jdbc.queryForObject(
        "select d.id from inbound_document d join interchange i on i.id = d.interchange_id"
            + " where i.control_number = ?",
        Long.class,
        String.format("%09d", interchangeControl));
  }

  private static String status(JdbcTemplate jdbc, long inboundDocumentId) {
    return jdbc.queryForObject(
        "select status from inbound_document where id = ?", String.class, inboundDocumentId);
  }

  private static int count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  private static <T> T bean(InJvmHub hub, Class<T> type, String name) {
    return hub.camel().getRegistry().lookupByNameAndType(name, type);
  }
}
