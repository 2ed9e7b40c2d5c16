package io.tradelane.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.it.Outbox.Document;
import io.tradelane.it.X12Samples.Interchange;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills the packaged hub with SIGKILL twice in the middle of a batch and restarts it on the same
 * data directory: every purchase order must end up stored once, answered by exactly one 855 and
 * covered by exactly one 997, with nothing left behind or stuck. Once on the embedded H2 database
 * and once on a PostgreSQL server (which outlives the kills, as a database server does).
 */
class CrashRecoveryIT {

  private static final int SINGLE_PO_FILES = 300;

  /** The single-PO files, 3 files of one 20-PO interchange, 2 files of four interchanges. */
  private static final int FILES = SINGLE_PO_FILES + 3 + 2;

  /** No new 855 or 997 for this long after the last restart: the hub has left something behind. */
  private static final Duration STUCK_AFTER = Duration.ofSeconds(20);

  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(3);

  private HubProcess hub;
  private EmbeddedPostgres postgres;

  @AfterEach
  void stopHub() throws IOException {
    if (hub != null) {
      hub.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void answers_every_order_exactly_once_after_being_killed_twice_mid_batch(String database)
      throws IOException {
    Map<String, String> settings = new HashMap<>(Map.of("hub.intake.min-age-ms", "200"));
    if (database.equals("postgresql")) {
      postgres = EmbeddedPostgres.builder().start();
      settings.put("hub.db.url", postgres.getJdbcUrl("postgres", "postgres"));
      settings.put("hub.db.user", "postgres");
    }
    hub = HubProcess.start("crash-recovery-" + database, settings);
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
    awaitDoneOrStuck(acme, pos.size(), interchanges.size());
    hub.stop();

    // every finding at once: which POs lack an 855, which rows are stuck in which state
    SoftAssertions softly = new SoftAssertions();
    assertEveryPoAnsweredOnce(softly, acme, pos);
    assertEveryInterchangeAcknowledgedOnce(softly, acme, interchanges);
    softly.assertThat(leftIn("acme")).as("files left in acme/in").isEmpty();
    assertDatabaseConsistent(softly, pos, interchanges.size(), FILES);
    softly.assertAll();
  }

  /**
   * Waits until there is an 855 and a 997 for everything and nothing is left in in/, or until the
   * out/ folder has not changed for {@link #STUCK_AFTER} (the hub has given up on something), then
   * a few seconds more to catch late duplicates.
   */
  private void awaitDoneOrStuck(Outbox acme, int orders, int interchanges) {
    Progress progress = new Progress(() -> acme.files("855-").size() + acme.files("997-").size());
    await("855s and 997s for everything, or no progress for " + STUCK_AFTER)
        .atMost(BATCH_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                (acme.files("855-").size() >= orders
                        && acme.files("997-").size() >= interchanges
                        && leftIn("acme").isEmpty())
                    || progress.stalledFor(STUCK_AFTER));
    await("no further 855 or 997")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> !progress.changed());
  }

  /** Watches a count and tells how long it has stayed the same. */
  private static final class Progress {
    private final Callable<Integer> count;
    private int last = -1;
    private long changedAt = System.nanoTime();

    Progress(Callable<Integer> count) {
      this.count = count;
    }

    boolean changed() throws Exception {
      int now = count.call();
      if (now != last) {
        last = now;
        changedAt = System.nanoTime();
        return true;
      }
      return false;
    }

    boolean stalledFor(Duration quiet) throws Exception {
      changed();
      return System.nanoTime() - changedAt > quiet.toNanos();
    }
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

  private static void assertEveryPoAnsweredOnce(
      SoftAssertions softly, Outbox acme, List<String> pos) {
    Map<String, Long> answers =
        acme.acknowledgedPoNumbers().stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    softly
        .assertThat(answers.keySet())
        .as("POs answered by an 855")
        .containsExactlyInAnyOrderElementsOf(pos);
    softly
        .assertThat(
            answers.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .as("POs answered by more than one 855")
        .isEmpty();
  }

  private static void assertEveryInterchangeAcknowledgedOnce(
      SoftAssertions softly, Outbox acme, List<Interchange> interchanges) {
    Map<String, List<Document>> byGroup =
        acme.documents("997-").stream()
            .collect(Collectors.groupingBy(d -> d.element("AK1", 2).orElse("?")));
    List<String> unanswered = new ArrayList<>();
    List<String> answeredTwice = new ArrayList<>();
    for (Interchange interchange : interchanges) {
      List<Document> acks = byGroup.getOrDefault(interchange.groupControl(), List.of());
      if (acks.isEmpty()) {
        unanswered.add(interchange.groupControl());
        continue;
      }
      if (acks.size() > 1) {
        answeredTwice.add(interchange.groupControl());
      }
      Document ack = acks.get(0);
      String sets = Integer.toString(interchange.poNumbers().size());
      softly
          .assertThat(List.of(ack.element("AK9", 1), ack.element("AK9", 2), ack.element("AK9", 4)))
          .as("AK901, AK902 (sets included), AK904 (sets accepted) of " + ack.name())
          .containsExactly(Optional.of("A"), Optional.of(sets), Optional.of(sets));
    }
    softly.assertThat(unanswered).as("groups (GS06) without a 997").isEmpty();
    softly.assertThat(answeredTwice).as("groups (GS06) with more than one 997").isEmpty();
    softly.assertThat(byGroup.keySet()).as("groups the 997s answer").hasSize(interchanges.size());
  }

  private void assertDatabaseConsistent(
      SoftAssertions softly, List<String> pos, int interchanges, int files) {
    HubDatabase db = new HubDatabase(hub);
    softly
        .assertThat(db.column("select po_number from purchase_order where partner_id = 'acme'"))
        .as("purchase_order rows of acme")
        .containsExactlyInAnyOrderElementsOf(pos);
    softly
        .assertThat(counts(db, "select status k, count(*) n from inbound_file group by status"))
        .as("inbound_file rows by status")
        .containsExactly("PROCESSED=" + files);
    softly
        .assertThat(counts(db, "select status k, count(*) n from interchange group by status"))
        .as("interchange rows by status")
        .containsExactly("ACCEPTED=" + interchanges);
    softly
        .assertThat(counts(db, "select status k, count(*) n from inbound_document group by status"))
        .as("inbound_document rows by status")
        .containsExactly("PROCESSED=" + pos.size());
    softly
        .assertThat(
            counts(
                db,
                "select doc_type || ' ' || status k, count(*) n from outbound_document"
                    + " group by doc_type, status order by 1"))
        .as("outbound_document rows by type and status")
        .containsExactly("855 DELIVERED=" + pos.size(), "997 DELIVERED=" + interchanges);
    softly
        .assertThat(
            db.rows("select kind, reference, message from hub_event where severity = 'ERROR'"))
        .as("ERROR events")
        .isEmpty();
  }

  /** "VALUE=count" for a two-column grouping query, sorted. */
  private static List<String> counts(HubDatabase db, String sql) {
    return db.rows(sql).stream()
        .map(row -> List.copyOf(row.values()))
        .map(values -> values.get(0) + "=" + values.get(1))
        .sorted()
        .toList();
  }

  private List<Path> leftIn(String partner) throws IOException {
    try (Stream<Path> files = Files.list(hub.inbox(partner))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
