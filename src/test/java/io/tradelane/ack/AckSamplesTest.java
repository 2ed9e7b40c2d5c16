package io.tradelane.ack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.Interchange;
import io.tradelane.x12.InterchangeReader;
import io.tradelane.x12.TransactionSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in {@code edi-samples/997/} and {@code edi-samples/999/} is valid X12 (the reader
 * finds no error) and reads, through the {@link FunctionalAckParser}, exactly as written in {@code
 * expected/<sample>.txt}: the group and set codes with their errors as readable text, or for a
 * {@code bad-*} sample the reason it is refused. Run with {@code -Dsamples.record=true} to write
 * the expected files anew (then read them before committing).
 */
class AckSamplesTest {

  private static final List<Path> FOLDERS =
      List.of(Path.of("edi-samples", "997"), Path.of("edi-samples", "999"));
  private static final boolean RECORD = Boolean.getBoolean("samples.record");

  static Stream<Path> samples() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.toString().endsWith(".edi")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_reads_as_expected(Path sample) throws IOException {
    Interchange interchange;
    try (InputStream in = Files.newInputStream(sample)) {
      interchange = new InterchangeReader().readAll(in).get(0);
    }
    assertThat(interchange.describeErrors()).as("valid X12").isEmpty();
    TransactionSet set = interchange.acceptedSets().get(0);
    String reading = reading(set);
    String name = sample.getFileName().toString().replace(".edi", ".txt");
    Path expected = sample.resolveSibling("expected").resolve(name);
    if (RECORD) {
      Files.writeString(expected, reading, StandardCharsets.UTF_8);
    }
    assertThat(reading).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(sample.getFileName().toString().startsWith("bad-"))
        .as("refused exactly when bad-*")
        .isEqualTo(reading.startsWith("refused: "));
  }

  private static String reading(TransactionSet set) {
    AckReport report;
    try {
      report = new FunctionalAckParser().parse(set.code(), set.segments());
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage() + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("group ")
        .append(report.functionalId())
        .append(' ')
        .append(report.groupControl())
        .append(": ")
        .append(report.groupCode())
        .append('\n');
    report.groupErrors().forEach(e -> out.append("  ").append(e).append('\n'));
    for (AckReport.SetAck s : report.sets()) {
      out.append("set ").append(s.setCode()).append(' ').append(s.setControl());
      out.append(": ").append(s.code()).append('\n');
      s.errors().forEach(e -> out.append("  ").append(e).append('\n'));
    }
    return out.toString();
  }
}
