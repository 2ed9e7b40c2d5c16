package io.tradelane.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.it.Outbox.Document;
import io.tradelane.it.X12Samples.Interchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged hub with SIGKILL twice in the middle of a batch and restarts it on the same
 * data directory: every purchase order must end up stored once, answered by exactly one 855 and
 * covered by exactly one 997, with nothing left behind or stuck.
 */
class CrashRecoveryIT {

  private static final int SINGLE_PO_FILES = 300;
  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(3);

  private HubProcess hub;

  @AfterEach
  void stopHub() {
    if (hub != null) {
      hub.stop();
    }
  }

  @Test
  void answers_every_order_exactly_once_after_being_killed_twice_mid_batch() throws IOException {
    hub = HubProcess.start("crash-recovery", Map.of("hub.intake.min-age-ms", "200"));
    List<Interchange> interchanges = dropBatch(new X12Samples(5001, 2));
    List<String> pos = interchanges.stream().flatMap(i -> i.poNumbers().stream()).toList();

    int atFirstKill = killOnce855sReach(pos.size() * 15 / 100);
    assertThat(atFirstKill)
        .as("first SIGKILL must land mid-batch (855 files out of " + pos.size() + ")")
        .isLessThan(pos.size());
    hub.restart();
    killOnce855sReach(pos.size() * 55 / 100);
    hub.restart();

    Outbox acme = hub.outbox("acme");
    await("every PO answered by an 855 and every interchange by a 997")
        .atMost(BATCH_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                new HashSet<>(acme.acknowledgedPoNumbers()).containsAll(pos)
                    && acme.files("997-").size() >= interchanges.size()
                    && leftIn("acme").isEmpty());
    // and no late duplicate trickles in
    await("no further 855 or 997")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                acme.files("855-").size() == pos.size()
                    && acme.files("997-").size() == interchanges.size());
    hub.stop();

    assertEveryPoAnsweredOnce(acme, pos);
    assertEveryInterchangeAcknowledgedOnce(acme, interchanges);
    assertThat(leftIn("acme")).as("files left in acme/in").isEmpty();
    assertDatabaseConsistent(pos, interchanges.size());
  }

  /**
   * 300 files of one single-PO interchange, 3 files of one 20-PO interchange and 2 files of four
   * 5-PO interchanges: 400 purchase orders in 311 interchanges.
   */
  private List<Interchange> dropBatch(X12Samples samples) {
    List<Interchange> all = new ArrayList<>();
    for (int i = 1; i <= SINGLE_PO_FILES; i++) {
      Interchange one = samples.acme850(List.of(String.format("CRS%05d", i)));
      hub.drop("acme", String.format("single-%03d.edi", i), one.text());
      all.add(one);
    }
    for (int f = 1; f <= 3; f++) {
      int file = f;
      Interchange big =
          samples.acme850(
              IntStream.rangeClosed(1, 20)
                  .mapToObj(n -> String.format("CRM%d%03d", file, n))
                  .toList());
      hub.drop("acme", "multi-po-" + f + ".edi", big.text());
      all.add(big);
    }
    for (int f = 1; f <= 2; f++) {
      List<Interchange> inFile = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        int file = f;
        int interchange = i;
        inFile.add(
            samples.acme850(
                IntStream.rangeClosed(1, 5)
                    .mapToObj(n -> String.format("CRX%d%d%02d", file, interchange, n))
                    .toList()));
      }
      hub.drop("acme", "multi-interchange-" + f + ".edi", X12Samples.concat(inFile));
      all.addAll(inFile);
    }
    return all;
  }

  /** Waits until at least {@code threshold} 855 files are out, then SIGKILLs the hub. */
  private int killOnce855sReach(int threshold) {
    Outbox acme = hub.outbox("acme");
    await(threshold + " 855 files out before the kill")
        .atMost(BATCH_TIMEOUT)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> acme.files("855-").size() >= threshold);
    hub.kill();
    return acme.files("855-").size();
  }

  private static void assertEveryPoAnsweredOnce(Outbox acme, List<String> pos) {
    Map<String, Long> answers =
        acme.acknowledgedPoNumbers().stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(answers.keySet())
        .as("POs answered by an 855")
        .containsExactlyInAnyOrderElementsOf(pos);
    assertThat(answers.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .as("POs answered by more than one 855")
        .isEmpty();
  }

  private static void assertEveryInterchangeAcknowledgedOnce(
      Outbox acme, List<Interchange> interchanges) {
    Map<String, List<Document>> byGroup =
        acme.documents("997-").stream()
            .collect(Collectors.groupingBy(d -> d.element("AK1", 2).orElse("?")));
    for (Interchange interchange : interchanges) {
      List<Document> acks = byGroup.getOrDefault(interchange.groupControl(), List.of());
      assertThat(acks).as("997s answering group " + interchange.groupControl()).hasSize(1);
      Document ack = acks.get(0);
      assertThat(ack.element("AK9", 1)).as("AK901 of " + ack.name()).hasValue("A");
      String sets = Integer.toString(interchange.poNumbers().size());
      assertThat(ack.element("AK9", 2)).as("AK902 sets included, " + ack.name()).hasValue(sets);
      assertThat(ack.element("AK9", 4)).as("AK904 sets accepted, " + ack.name()).hasValue(sets);
    }
    assertThat(byGroup.keySet()).hasSize(interchanges.size());
  }

  private void assertDatabaseConsistent(List<String> pos, int interchanges) {
    HubDatabase db = new HubDatabase(hub);
    Set<String> stored =
        new HashSet<>(db.column("select po_number from purchase_order where partner_id = 'acme'"));
    assertThat(db.number("select count(*) from purchase_order where partner_id = 'acme'"))
        .as("purchase_order rows")
        .isEqualTo(pos.size());
    assertThat(stored).containsExactlyInAnyOrderElementsOf(pos);
    assertThat(db.rows("select status, count(*) n from inbound_file group by status"))
        .as("inbound_file by status")
        .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("PROCESSED"));
    assertThat(db.rows("select status, count(*) n from interchange group by status"))
        .as("interchange by status")
        .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("ACCEPTED"));
    assertThat(db.rows("select status, count(*) n from inbound_document group by status"))
        .as("inbound_document by status")
        .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("PROCESSED"));
    assertThat(
            db.rows(
                "select doc_type, status, count(*) n from outbound_document group by doc_type, status"))
        .as("outbound_document by type and status")
        .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("DELIVERED"))
        .contains(
            Map.of("doc_type", "855", "status", "DELIVERED", "n", (long) pos.size()),
            Map.of("doc_type", "997", "status", "DELIVERED", "n", (long) interchanges));
    assertThat(db.rows("select kind, reference, message from hub_event where severity = 'ERROR'"))
        .as("ERROR events")
        .isEmpty();
  }

  private List<Path> leftIn(String partner) throws IOException {
    try (Stream<Path> files = Files.list(hub.inbox(partner))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
