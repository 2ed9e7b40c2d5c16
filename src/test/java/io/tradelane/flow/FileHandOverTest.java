package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.exchange.Dispatch;
import io.tradelane.exchange.FileFollowUps;
import io.tradelane.it.X12Samples;
import io.tradelane.runtime.InJvmHub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file's follow-ups are handed on a page at a time ({@code hub.hand-over.batch-size}, 50 here):
 * every 850 of a large file is ordered exactly once and every 997 delivered, and replaying a file's
 * hand-over, or restarting in the middle of it, does no work twice.
 */
class FileHandOverTest {

  private static final int BATCH = 50;
  private static final Map<String, String> SMALL_PAGES =
      Map.of("hub.hand-over.batch-size", Integer.toString(BATCH));

  @Test
  void every_order_and_ack_of_a_large_file_is_handed_on_once_in_pages() throws Exception {
    try (InJvmHub hub = InJvmHub.start("hand-over-large", null, SMALL_PAGES)) {
      NotifyBuilder pages =
          new NotifyBuilder(hub.camel())
              .fromRoute("x12-hand-over")
              .whenDone(2_000 / BATCH)
              .create();
      hub.drop("acme", "large.edi", file(400, 5)); // 400 interchanges of 5 POs
      awaitSettled(hub, 2_000, Duration.ofMinutes(4));

      assertThat(pages.matches(10, TimeUnit.SECONDS)).as("several pages handed on").isTrue();
      assertEveryOrderOnce(hub, 2_000, 400);
    }
  }

  @Test
  void a_replayed_hand_over_hands_on_only_what_is_unfinished_and_nothing_is_done_twice()
      throws Exception {
    try (InJvmHub hub = InJvmHub.start("hand-over-replay", null, SMALL_PAGES)) {
      JdbcTemplate jdbc = hub.jdbc();
      hub.drop("acme", "po.edi", file(24, 5)); // 120 POs: pages of 50, 50 and 20
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  count(jdbc, "select count(*) from inbound_file where status = 'PROCESSED'") == 1);
      long fileId = jdbc.queryForObject("select id from inbound_file", Long.class);
      String start = new FileFollowUps.Cursor(FileFollowUps.Kind.ORDERS, fileId, 0).text();
      // the whole hand-over again while the orders are being made, as a redelivery would: what is
      // still unfinished is queued twice
      hub.camel().createProducerTemplate().sendBody("jms:queue:tradelane.hand-over", start);
      awaitSettled(hub, 120, Duration.ofMinutes(2));
      assertEveryOrderOnce(hub, 120, 24);

      FileFollowUps followUps =
          hub.camel().getRegistry().lookupByNameAndType("fileFollowUps", FileFollowUps.class);
      assertThat(followUps.next(start)).as("nothing left to hand on").isEmpty();
      assertThat(followUps.first(fileId)).isEmpty();
      // and the translation and the hand-over once more, once all is done: no work at all
      int events = count(jdbc, "select count(*) from hub_event");
      NotifyBuilder replayed =
          new NotifyBuilder(hub.camel())
              .fromRoute("x12-translate")
              .whenDone(1)
              .and()
              .fromRoute("x12-hand-over")
              .whenDone(1)
              .create();
      hub.camel()
          .createProducerTemplate()
          .sendBody("jms:queue:tradelane.inbound.files", "" + fileId);
      hub.camel().createProducerTemplate().sendBody("jms:queue:tradelane.hand-over", start);
      assertThat(replayed.matches(30, TimeUnit.SECONDS)).isTrue();
      assertEveryOrderOnce(hub, 120, 24);
      assertThat(count(jdbc, "select count(*) from hub_event")).isEqualTo(events);
    }
  }

  @Test
  void a_restart_in_the_middle_of_a_hand_over_finishes_it_from_the_database() throws Exception {
    Path dataDir;
    try (InJvmHub hub = InJvmHub.start("hand-over-restart", null, SMALL_PAGES)) {
      dataDir = hub.dataDir();
      hub.camel().getRouteController().stopRoute("orders-intake");
      hub.camel().getRouteController().stopRoute("x12-hand-over");
      hub.drop("acme", "po.edi", file(24, 5));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> count(hub.jdbc(), "select count(*) from inbound_document") == 120);
      long fileId = hub.jdbc().queryForObject("select id from inbound_file", Long.class);
      FileFollowUps followUps =
          hub.camel().getRegistry().lookupByNameAndType("fileFollowUps", FileFollowUps.class);
      String start = new FileFollowUps.Cursor(FileFollowUps.Kind.ORDERS, fileId, 0).text();
      List<Dispatch> page = followUps.next(start);
      assertThat(page).as("a full page of orders and the cursor of the next").hasSize(BATCH + 1);
      assertThat(page.get(BATCH).body())
          .isEqualTo(
              new FileFollowUps.Cursor(FileFollowUps.Kind.ORDERS, fileId, lastOrderId(page))
                  .text());
    }
    // the hub stopped with the first page of orders queued and the cursor of the rest waiting
    try (InJvmHub restarted = InJvmHub.start(dataDir, null, SMALL_PAGES)) {
      awaitSettled(restarted, 120, Duration.ofMinutes(2));
      assertEveryOrderOnce(restarted, 120, 24);
    }
  }

  private static long lastOrderId(List<Dispatch> page) {
    return Long.parseLong(page.get(page.size() - 2).body());
  }

  private static byte[] file(int interchanges, int posEach) {
    X12Samples samples = new X12Samples(500_000_001L, 1);
    List<X12Samples.Interchange> all = new ArrayList<>();
    for (int i = 0; i < interchanges; i++) {
      List<String> pos = new ArrayList<>();
      for (int p = 0; p < posEach; p++) {
        pos.add(String.format("HO%05d%02d", i, p));
      }
      all.add(samples.acme850(pos));
    }
    return X12Samples.concat(all).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void awaitSettled(InJvmHub hub, int orders, Duration atMost) {
    JdbcTemplate jdbc = hub.jdbc();
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                count(jdbc, "select count(*) from purchase_order") >= orders
                    && count(
                            jdbc, "select count(*) from inbound_document where status = 'ACCEPTED'")
                        == 0
                    && count(
                            jdbc, "select count(*) from outbound_document where status = 'PENDING'")
                        == 0
                    && count(jdbc, "select count(*) from purchase_order where published_at is null")
                        == 0);
  }

  private static void assertEveryOrderOnce(InJvmHub hub, int orders, int interchanges) {
    JdbcTemplate jdbc = hub.jdbc();
    assertThat(count(jdbc, "select count(*) from purchase_order")).isEqualTo(orders);
    assertThat(count(jdbc, "select count(distinct po_number) from purchase_order"))
        .isEqualTo(orders);
    assertThat(jdbc.queryForList("select distinct status from inbound_document", String.class))
        .as("every 850 ordered, none a duplicate")
        .containsExactly("PROCESSED");
    assertThat(count(jdbc, "select count(*) from hub_event where kind = 'duplicate-po'")).isZero();
    assertThat(count(jdbc, "select count(*) from outbound_document where doc_type = '997'"))
        .isEqualTo(interchanges);
    assertThat(jdbc.queryForList("select distinct status from outbound_document", String.class))
        .containsExactly("DELIVERED");
    assertThat(InJvmHub.files(hub.outbox("acme"), "997-")).hasSize(interchanges);
    assertThat(InJvmHub.files(hub.outbox("acme"), "855-")).hasSize(orders);
    // the back-office copy of an order is written by its own stage, after the order is made
    Path backoffice = hub.dataDir().resolve("backoffice").resolve("orders");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> InJvmHub.files(backoffice, "acme-").size() >= orders);
    assertThat(InJvmHub.files(backoffice, "acme-")).hasSize(orders);
  }

  private static int count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
