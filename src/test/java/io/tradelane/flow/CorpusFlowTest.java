package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeHeader;
import io.tradelane.x12.InterchangeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every X12 850 of the shared corpus goes through the whole hub, its sender configured as a partner
 * (addressing us as its ISA receiver does): each file gets a 997/999 or a logged, recorded
 * rejection, and no stage ever fails on it.
 */
class CorpusFlowTest {

  private static final Path CORPUS = Path.of("..", "shared", "edi-corpus", "x12", "850");

  @Test
  void every_corpus_850_is_acknowledged_or_rejected_with_a_reason_and_never_crashes_a_stage()
      throws Exception {
    assumeTrue(
        Files.isDirectory(CORPUS),
        "shared EDI corpus not found at " + CORPUS.toAbsolutePath() + ": skipped");
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    Path config = Path.of("target", "corpus-config-" + System.nanoTime()).toAbsolutePath();
    copyConfig(config);
    Map<Path, String> mailboxOf = configurePartners(files, config.resolve("partners"));

    try (InJvmHub hub =
        InJvmHub.start("corpus", null, Map.of("hub.config-dir", config.toString()))) {
      mailboxOf.forEach(
          (file, partner) -> hub.drop(partner, file.getFileName().toString(), read(file)));
      SampleFlowTest.awaitSettled(hub.jdbc(), files.size());
      JdbcTemplate jdbc = hub.jdbc();
      for (Path file : files) {
        String name = file.getFileName().toString();
        int acks =
            count(
                jdbc,
                "select count(*) from outbound_document o join interchange i on i.id = o.source_id"
                    + " join inbound_file f on f.id = i.inbound_file_id where o.source_kind = 'INTERCHANGE'"
                    + " and o.doc_type in ('997', '999') and f.file_name = ?",
                name);
        int reasons =
            count(jdbc, "select count(*) from hub_event where reference like ?", name + "%");
        assertThat(acks + reasons)
            .as("acknowledgement or recorded rejection for %s", name)
            .isPositive();
      }
      assertThat(count(jdbc, "select count(*) from hub_event where kind = 'stage-failed'"))
          .isZero();
    }
  }

  /** One partner per distinct ISA sender, addressing us by the ISA receiver its files use. */
  private static Map<Path, String> configurePartners(List<Path> files, Path partners)
      throws IOException {
    Map<String, String> partnerBySender = new LinkedHashMap<>();
    Map<Path, String> mailboxOf = new LinkedHashMap<>();
    for (Path file : files) {
      InterchangeHeader isa = firstHeader(file);
      if (isa == null) {
        mailboxOf.put(file, "acme");
        continue;
      }
      String sender = isa.senderQualifier().trim() + "/" + isa.senderId().trim();
      String id =
          partnerBySender.computeIfAbsent(sender, s -> "corpus" + (partnerBySender.size() + 1));
      mailboxOf.put(file, id);
      Path profile = partners.resolve(id + ".properties");
      if (!Files.exists(profile)) {
        Files.writeString(profile, profile(isa));
      }
    }
    return mailboxOf;
  }

  private static String profile(InterchangeHeader isa) {
    boolean v5010 = isa.controlVersion().compareTo("00501") >= 0;
    return String.join(
        "\n",
        "isa.qualifier = " + isa.senderQualifier().trim(),
        "isa.id = " + isa.senderId().trim(),
        "gs.id = " + isa.senderId().trim(),
        "x12.version = " + (v5010 ? "005010" : "004010"),
        "delimiter.element = *",
        "delimiter.segment = ~",
        "delimiter.component = >",
        v5010 ? "delimiter.repetition = ^" : "",
        "ack.functional = " + (v5010 ? "999" : "997"),
        "ack.ta1 = true",
        "us.isa.qualifier = " + isa.receiverQualifier().trim(),
        "us.isa.id = " + isa.receiverId().trim(),
        "");
  }

  private static InterchangeHeader firstHeader(Path file) throws IOException {
    List<Interchange> found = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      new InterchangeReader().read(in, found::add);
    }
    return found.stream().map(Interchange::header).filter(h -> h != null).findFirst().orElse(null);
  }

  private static void copyConfig(Path target) throws IOException {
    Path source = Path.of("config");
    try (Stream<Path> all = Files.walk(source)) {
      for (Path p : all.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int count(JdbcTemplate jdbc, String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
