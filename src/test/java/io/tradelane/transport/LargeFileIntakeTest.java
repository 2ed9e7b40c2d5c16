package io.tradelane.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.it.X12Samples;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake never holds a file in memory: a 160 MB file of many small interchanges is taken in and
 * read back, hash checked, by a JVM whose heap is 48 MB ({@link LargeFileIntakeProbe}). Translation
 * of large files is measured by {@code bench/run-large-file.sh}: at its speed a file this size
 * would take far longer than a test may.
 */
class LargeFileIntakeTest {

  private static final long SIZE = 160L * 1024 * 1024;

  @TempDir Path work;

  @Test
  void takes_in_a_file_three_times_larger_than_the_heap() throws Exception {
    Path file = work.resolve("large.edi");
    String sha256 = generate(file);

    Process probe =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                LargeFileIntakeProbe.class.getName(),
                work.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("probe.log").toFile())
            .start();
    boolean finished = probe.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      probe.destroyForcibly();
    }
    String log = Files.readString(work.resolve("probe.log"));
    assertThat(finished).as("probe finished within 60 s; its output:%n%s", log).isTrue();
    assertThat(probe.exitValue()).as("probe exit; its output:%n%s", log).isZero();
    assertThat(log).contains("stored " + SIZE + " " + sha256 + " read " + SIZE);
  }

  /** Writes SIZE bytes of 850 interchanges (the last one cut to fit) and returns their hash. */
  private static String generate(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    X12Samples samples = new X12Samples(1, 2);
    long left = SIZE;
    try (OutputStream out =
        new DigestOutputStream(
            new java.io.BufferedOutputStream(Files.newOutputStream(file)), digest)) {
      while (left > 0) {
        byte[] text =
            samples.acme850(List.of("P1", "P2", "P3")).text().getBytes(StandardCharsets.ISO_8859_1);
        int n = (int) Math.min(left, text.length);
        out.write(text, 0, n);
        left -= n;
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
