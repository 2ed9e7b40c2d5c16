package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every sample in {@code edi-samples/850/} goes through the whole hub (intake, translation, orders,
 * delivery) on a fresh database with a fixed clock, and must produce exactly the files stored
 * beside it in {@code edi-samples/850/expected/<sample>/}: the 997/999/TA1 and the 855s, byte for
 * byte, or nothing at all for a refused interchange. Run with {@code -Dsamples.record=true} to
 * write the expected files anew (then read them before committing).
 */
class SampleFlowTest {

  private static final Path SAMPLES = Path.of("edi-samples", "850");
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-20T15:30:00Z"), ZoneOffset.UTC);
  private static final boolean RECORD = Boolean.getBoolean("samples.record");

  static Stream<String> samples() throws IOException {
    return Samples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_produces_exactly_its_expected_outbox(String sample) throws Exception {
    String partner = sample.replaceFirst("^bad-", "").replaceFirst("-.*", "");
    // one consumer per stage: the control numbers of several 855s then follow the PO order
    Map<String, String> serial =
        Map.of("hub.orders.consumers", "1", "hub.translate.consumers", "1");
    try (InJvmHub hub = InJvmHub.start("sample-" + sample, FIXED, serial)) {
      hub.drop(partner, sample, Files.readAllBytes(SAMPLES.resolve(sample)));
      awaitSettled(hub.jdbc(), 1);
      Map<String, String> produced = contents(hub.outbox(partner));
      Path expectedDir = SAMPLES.resolve("expected").resolve(sample.replace(".edi", ""));
      if (RECORD) {
        record(expectedDir, produced);
      }
      assertThat(produced).isEqualTo(contents(expectedDir));
      assertThat(
              count(
                  hub.jdbc(),
                  "select count(*) from inbound_document d join interchange i"
                      + " on i.id = d.interchange_id where i.status in ('REJECTED', 'RECEIVING')"))
          .as("no document stored for a rejected or unfinished interchange")
          .isZero();
      if (sample.contains("ge-count")) {
        assertThat(count(hub.jdbc(), "select count(*) from inbound_document"))
            .as("the sets of a rejected group are taken back")
            .isZero();
      }
    }
  }

  /** Waits until the file is judged, every order made and every document delivered. */
  /**
   * Drops a file of {@code edi-samples/} ({@code sample}: its folder and name) into a partner's
   * mailbox and waits until the hub has settled {@code files} files in all.
   */
  static void sendSample(InJvmHub hub, String partner, String sample, int files)
      throws IOException {
    hub.drop(
        partner,
        Path.of(sample).getFileName().toString(),
        Files.readAllBytes(Path.of("edi-samples", sample)));
    awaitSettled(hub.jdbc(), files);
  }

  static void awaitSettled(JdbcTemplate jdbc, int files) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count(jdbc, "select count(*) from inbound_file") >= files
                    && count(jdbc, "select count(*) from inbound_file where status = 'RECEIVED'")
                        == 0
                    && count(
                            jdbc, "select count(*) from inbound_document where status = 'ACCEPTED'")
                        == 0
                    && count(
                            jdbc, "select count(*) from outbound_document where status = 'PENDING'")
                        == 0);
  }

  private static int count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> list = Files.list(folder)) {
        for (Path f : list.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
          files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static void record(Path dir, Map<String, String> produced) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path f : old.toList()) {
        Files.delete(f);
      }
    }
    for (var e : produced.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    if (produced.isEmpty()) {
      Files.writeString(dir.resolve(".nothing"), "", StandardCharsets.UTF_8);
    }
  }
}
