package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every X12 file of the shared corpus ({@code ../shared/edi-corpus/}, skipped when absent) is read
 * and judged like a partner's file: each yields acceptance or a rejection whose acknowledgement
 * codes are recorded in {@code src/test/resources/corpus/x12-verdicts.tsv}, one line per file, each
 * checked by hand against the manifest's note on what is wrong with the file (the reason is the
 * line's last column). Nothing may throw or hang. The test prints the table of file, manifest note,
 * verdict and codes. Run with {@code -Dcorpus.record=true} to rewrite the verdicts after a change,
 * then review the diff against the notes.
 */
class CorpusConformanceTest {

  private static final Path CORPUS = Path.of("..", "shared", "edi-corpus");
  private static final Path VERDICTS =
      Path.of("src", "test", "resources", "corpus", "x12-verdicts.tsv");
  private static final boolean RECORD = Boolean.getBoolean("corpus.record");
  private static final Delimiters OURS = new Delimiters('*', '~', '>', '^');

  @Test
  void every_corpus_file_is_accepted_or_rejected_with_the_codes_its_note_calls_for()
      throws Exception {
    assumeTrue(
        Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")),
        "shared EDI corpus not found at " + CORPUS.toAbsolutePath() + ": skipped");
    Map<String, String> notes = manifest();
    Map<String, String[]> expected = RECORD ? Map.of() : verdicts();
    Map<String, String> actual = new LinkedHashMap<>();
    StringBuilder table =
        new StringBuilder(String.format("%-70s | %-9s | %s%n", "file", "verdict", "codes"));
    for (String file : notes.keySet()) {
      String verdict = judge(CORPUS.resolve(file));
      actual.put(file, verdict);
      table.append(
          String.format(
              "%-70s | %s   (note: %s)%n",
              shorten(file), verdict.replace("\t", " | "), notes.get(file)));
    }
    System.out.println(table);
    if (RECORD) {
      record(actual, notes);
      return;
    }
    List<String> wrong = new ArrayList<>();
    actual.forEach(
        (file, verdict) -> {
          String[] want = expected.get(file);
          if (want == null || !(want[0] + "\t" + want[1]).equals(verdict)) {
            wrong.add(
                file
                    + ": got '"
                    + verdict
                    + "', expected "
                    + (want == null
                        ? "no verdict recorded"
                        : "'" + want[0] + "\t" + want[1] + "'"));
          }
        });
    assertThat(wrong).as("files judged differently from their recorded verdict").isEmpty();
  }

  /** The verdict (ACCEPTED, PARTIAL, REJECTED) and the codes of every acknowledgement due. */
  private static String judge(Path file) throws Exception {
    List<Interchange> read = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = Files.newInputStream(file)) {
                new InterchangeReader().read(in, read::add);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    reader.start();
    reader.join(Duration.ofSeconds(10).toMillis());
    assertThat(reader.isAlive()).as("%s is read within 10 s", file).isFalse();
    List<String> codes = new ArrayList<>();
    boolean anyAccepted = false;
    boolean anyRejected = read.isEmpty();
    for (Interchange interchange : read) {
      boolean v5010 =
          interchange.header() != null
              && interchange.header().controlVersion().compareTo("00501") >= 0;
      Acknowledgements acks =
          new AckBuilder()
              .build(
                  interchange, Set.of(AckKind.TA1, v5010 ? AckKind.FA_999 : AckKind.FA_997), OURS);
      if (interchange.header() == null) {
        codes.add("unreadable " + interchange.errors().get(0).note().code());
        anyRejected = true;
        continue;
      }
      Segment ta1 = acks.ta1().orElseThrow();
      if (!"A".equals(ta1.element(4))) {
        codes.add("TA1 " + ta1.element(4) + " " + ta1.element(5));
      }
      anyRejected |= !interchange.envelopeAccepted();
      for (FunctionalAck ack : acks.groupAcks()) {
        codes.add(condensed(ack.body()));
      }
      anyAccepted |= !interchange.acceptedSets().isEmpty();
      for (FunctionalGroup group : interchange.groups()) {
        anyRejected |= group.acceptedSets().size() < group.sets().size() || group.sets().isEmpty();
      }
    }
    String verdict = anyAccepted ? (anyRejected ? "PARTIAL" : "ACCEPTED") : "REJECTED";
    return verdict + "\t" + String.join("; ", codes);
  }

  /** An acknowledgement body without its accepted sets: AK3/AK4/AK5/AK9 codes, compactly. */
  private static String condensed(List<Segment> body) {
    List<String> parts = new ArrayList<>();
    String set = "";
    for (Segment s : body) {
      switch (s.tag()) {
        case "AK2" -> set = s.element(1);
        case "AK3", "IK3" ->
            parts.add(set + " " + s.element(1) + "@" + s.element(2) + ":" + s.element(4));
        case "AK4", "IK4" -> parts.add(s.element(1) + ":" + s.element(3));
        case "AK5", "IK5" -> {
          if (!"A".equals(s.element(1))) {
            parts.add(set + " " + String.join(" ", s.elements()));
          }
        }
        case "AK9" -> parts.add("AK9 " + String.join(" ", s.elements()));
        default -> {}
      }
    }
    return String.join(", ", parts);
  }

  private static Map<String, String> manifest() throws IOException {
    Map<String, String> notes = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f[0].startsWith("x12/")) {
        notes.put(f[0], f.length > 7 && !f[7].isBlank() ? f[7] : "(no note: valid)");
      }
    }
    return notes;
  }

  /** File to {verdict, codes, why it matches the note}. */
  private static Map<String, String[]> verdicts() throws IOException {
    return Files.readAllLines(VERDICTS, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .collect(
            Collectors.toMap(f -> f[0], f -> new String[] {f[1], f[2], f.length > 3 ? f[3] : ""}));
  }

  private static void record(Map<String, String> actual, Map<String, String> notes)
      throws IOException {
    Map<String, String[]> before = Files.exists(VERDICTS) ? verdicts() : Map.of();
    StringBuilder out =
        new StringBuilder(
            "# file\tverdict\tcodes\twhy this is what the manifest's note calls for\n");
    actual.forEach(
        (file, verdict) -> {
          String[] old = before.get(file);
          out.append(file)
              .append('\t')
              .append(verdict)
              .append('\t')
              .append(old == null ? "" : old[2])
              .append('\n');
        });
    Files.createDirectories(VERDICTS.getParent());
    Files.writeString(VERDICTS, out, StandardCharsets.UTF_8);
  }

  private static String shorten(String file) {
    return file.length() <= 70 ? file : file.substring(0, 67) + "...";
  }
}
