package io.tradelane.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.it.Outbox.Document;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged hub, started as {@code java -jar target/tradelane.jar} with its shipped
 * configuration (intake read lock included), answering files dropped into partner mailboxes.
 */
class PackagedHubIT {

  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

  private static HubProcess hub;
  private static final X12Samples samples = new X12Samples(1001, 3);

  @BeforeAll
  static void startHub() {
    // the shipped defaults, hub.intake.min-age-ms = 1000 among them
    hub = HubProcess.start("packaged-hub", Map.of());
  }

  @AfterAll
  static void stopHub() {
    if (hub != null) {
      hub.stop();
    }
  }

  @Test
  void answers_acme_850_with_997_and_855_naming_the_po_and_publishes_it_to_the_back_office() {
    X12Samples.Interchange order = samples.acme850(List.of("ITACME0001"));
    hub.drop("acme", "po-acme-0001.edi", order.text());

    Document ack = awaitFunctionalAck("acme", "997-", order);
    assertThat(ack.element("AK9", 1)).as("AK9 group acknowledgement").hasValue("A");
    Document poAck = await855("acme", "ITACME0001");
    assertThat(poAck.element("BAK", 3)).hasValue("ITACME0001");
    assertThat(poAck.all("ACK")).as("one ACK per PO1 line").hasSize(3);
    await("back-office XML of ITACME0001")
        .atMost(ANSWER_TIMEOUT)
        .until(() -> Files.isRegularFile(hub.backofficeOrder("acme", "ITACME0001")));
    assertThat(hub.backofficeOrder("acme", "ITACME0001")).content().contains("ITACME0001");
    assertThat(hub.inbox("acme").resolve("po-acme-0001.edi")).doesNotExist();
  }

  @Test
  void answers_bigbox_850_with_ta1_999_and_855_naming_the_po() {
    X12Samples.Interchange order = samples.bigbox850("ITBIGBOX0001");
    hub.drop("bigbox", "po-bigbox-0001.edi", order.text());

    String isa13 = String.format("%09d", order.controlNumber());
    Document ta1 =
        await("TA1 for ISA13 " + isa13)
            .atMost(ANSWER_TIMEOUT)
            .until(
                () -> find(hub.outbox("bigbox").documents("TA1-"), d -> d.element("TA1", 1), isa13),
                Optional::isPresent)
            .orElseThrow();
    assertThat(ta1.element("TA1", 4)).as("TA104 interchange acknowledgment code").hasValue("A");
    Document ack = awaitFunctionalAck("bigbox", "999-", order);
    assertThat(ack.element("IK5", 1).or(() -> ack.element("AK9", 1))).hasValue("A");
    Document poAck = await855("bigbox", "ITBIGBOX0001");
    assertThat(poAck.element("BAK", 3)).hasValue("ITBIGBOX0001");
    await("back-office XML of ITBIGBOX0001")
        .atMost(ANSWER_TIMEOUT)
        .until(() -> Files.isRegularFile(hub.backofficeOrder("bigbox", "ITBIGBOX0001")));
  }

  @Test
  void refuses_a_file_from_an_unknown_sender_silently_and_records_an_event() {
    List<Path> before = hub.outbox("acme").files("");
    X12Samples.Interchange stranger = samples.acme850("STRANGERCORP", List.of("ITSTRANGER01"));
    Path dropped = hub.drop("acme", "from-stranger.edi", stranger.text());
    await("the hub takes " + dropped.getFileName())
        .atMost(ANSWER_TIMEOUT)
        .until(() -> !Files.exists(dropped));
    // a valid file dropped after it and answered tells that the stranger's file went through too
    X12Samples.Interchange sentinel = samples.acme850(List.of("ITSENTINEL01"));
    hub.drop("acme", "after-stranger.edi", sentinel.text());
    awaitFunctionalAck("acme", "997-", sentinel);
    await855("acme", "ITSENTINEL01");
    List<Path> expected =
        hub.outbox("acme").files("").stream().filter(f -> !before.contains(f)).toList();
    assertThat(expected).as("new files in acme out/: the sentinel's 997 and 855 only").hasSize(2);

    // the database can be read only while the hub is down
    hub.stop();
    try {
      HubDatabase db = new HubDatabase(hub);
      List<Map<String, Object>> events =
          db.rows("select * from hub_event where reference like ?", "%from-stranger.edi%");
      assertThat(events).as("hub_event rows about from-stranger.edi").isNotEmpty();
      assertThat(
              db.number("select count(*) from purchase_order where po_number = ?", "ITSTRANGER01"))
          .isZero();
      assertThat(hub.outbox("acme").files(""))
          .as("acme out/: nothing but the sentinel's answers")
          .containsExactlyInAnyOrderElementsOf(
              Stream.concat(before.stream(), expected.stream()).toList());
      assertThat(
              find(
                  hub.outbox("acme").documents("997-"),
                  d -> d.element("AK1", 2),
                  stranger.groupControl()))
          .as("no 997 answers the stranger's group")
          .isEmpty();
    } finally {
      hub.restart();
    }
  }

  @Test
  void leaves_a_file_alone_while_it_is_still_being_written() throws Exception {
    X12Samples.Interchange order = samples.acme850(List.of("ITSLOW0001", "ITSLOW0002"));
    byte[] bytes = order.text().getBytes(StandardCharsets.US_ASCII);
    Path file = hub.inbox("acme").resolve("slow-writer.edi");
    int chunk = 16;
    // one chunk every 100 ms keeps the time stamp fresher than the 1000 ms read lock age;
    // the whole file takes about (bytes / 16) * 100 ms, several seconds
    AtomicInteger written = new AtomicInteger();
    AtomicBoolean takenEarly = new AtomicBoolean();
    CompletableFuture<Void> complete = new CompletableFuture<>();
    ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      ScheduledFuture<?> ticks =
          writer.scheduleAtFixedRate(
              () -> {
                try {
                  if (!Files.exists(file)) {
                    takenEarly.set(true);
                  }
                  int from = written.get();
                  int to = Math.min(bytes.length, from + chunk);
                  channel.write(ByteBuffer.wrap(bytes, from, to - from));
                  written.set(to);
                  if (to == bytes.length) {
                    channel.close();
                    complete.complete(null);
                    throw new IllegalStateException("done"); // ends the schedule
                  }
                } catch (IOException e) {
                  complete.completeExceptionally(e);
                  throw new IllegalStateException(e);
                }
              },
              0,
              100,
              TimeUnit.MILLISECONDS);
      await("the slow writer finishes").atMost(Duration.ofSeconds(60)).until(complete::isDone);
      complete.get();
      ticks.cancel(false);
    } finally {
      writer.shutdownNow();
      channel.close();
    }

    assertThat(takenEarly).as("file vanished from in/ while still being written").isFalse();
    await855("acme", "ITSLOW0001");
    await855("acme", "ITSLOW0002");
    Document ack = awaitFunctionalAck("acme", "997-", order);
    assertThat(ack.element("AK9", 1)).hasValue("A");
  }

  private static Document awaitFunctionalAck(
      String partner, String prefix, X12Samples.Interchange interchange) {
    return await(prefix + " answering group " + interchange.groupControl())
        .atMost(ANSWER_TIMEOUT)
        .until(
            () ->
                find(
                    hub.outbox(partner).documents(prefix),
                    d -> d.element("AK1", 2),
                    interchange.groupControl()),
            Optional::isPresent)
        .orElseThrow();
  }

  private static Document await855(String partner, String po) {
    return await("855 for " + po)
        .atMost(ANSWER_TIMEOUT)
        .until(
            () -> find(hub.outbox(partner).documents("855-"), d -> d.element("BAK", 3), po),
            Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<Document> find(
      List<Document> documents, Function<Document, Optional<String>> key, String wanted) {
    List<Document> hits = new ArrayList<>();
    for (Document d : documents) {
      if (key.apply(d).filter(wanted::equals).isPresent()) {
        hits.add(d);
      }
    }
    assertThat(hits).as("documents matching " + wanted).hasSizeLessThanOrEqualTo(1);
    return hits.stream().findFirst();
  }
}
