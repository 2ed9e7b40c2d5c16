package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a partner sends, the reader judges it: mutated samples of every set we define (bytes
 * flipped, deleted, duplicated, delimiters inserted, truncated, a segment longer than the reader
 * keeps) never make it throw or hang, and every interchange it reports carries either accepted sets
 * or errors that say what is wrong.
 */
class ReaderRobustnessTest {

  private static final List<byte[]> SAMPLES = samples();
  private static final byte[] NASTY =
      "*~|^:>\r\nISAGSSTSEGEIEA\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

  @Property(tries = 500)
  void never_throws_on_a_mutated_interchange(@ForAll("mutated") byte[] input) {
    List<Interchange> read = new ArrayList<>();

    // a hang fails the try instead of the build
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> new InterchangeReader().read(new ByteArrayInputStream(input), read::add));

    for (Interchange interchange : read) {
      boolean judged =
          !interchange.acceptedSets().isEmpty()
              || !interchange.describeErrors().isEmpty()
              || interchange.groups().stream().allMatch(g -> g.sets().isEmpty());
      assertThat(judged).as("an interchange is accepted, empty or explained").isTrue();
    }
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<byte[]> sample = Arbitraries.of(SAMPLES);
    Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(sample, mutations)
        .as(
            (bytes, list) -> {
              byte[] out = bytes.clone();
              for (Mutation m : list) {
                out = m.apply(out);
              }
              return out;
            });
  }

  private Arbitrary<Mutation> mutation() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 40);
    Arbitrary<Byte> nasty = Arbitraries.of(toList(NASTY));
    return Arbitraries.oneOf(
        Combinators.combine(at, nasty).as((p, b) -> bytes -> replace(bytes, p, b)),
        Combinators.combine(at, length).as((p, n) -> bytes -> delete(bytes, p, n)),
        Combinators.combine(at, length).as((p, n) -> bytes -> duplicate(bytes, p, n)),
        Combinators.combine(at, nasty).as((p, b) -> bytes -> insert(bytes, p, b)),
        at.map(p -> bytes -> Arrays.copyOf(bytes, (int) (bytes.length * p))),
        at.map(p -> bytes -> insertRun(bytes, p)));
  }

  interface Mutation {
    byte[] apply(byte[] bytes);
  }

  private static int index(byte[] bytes, double p) {
    return Math.min(bytes.length == 0 ? 0 : bytes.length - 1, (int) (bytes.length * p));
  }

  private static byte[] replace(byte[] bytes, double p, byte b) {
    byte[] out = bytes.clone();
    if (out.length > 0) {
      out[index(out, p)] = b;
    }
    return out;
  }

  private static byte[] delete(byte[] bytes, double p, int n) {
    int from = index(bytes, p);
    int to = Math.min(bytes.length, from + n);
    byte[] out = new byte[bytes.length - (to - from)];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(bytes, to, out, from, bytes.length - to);
    return out;
  }

  private static byte[] duplicate(byte[] bytes, double p, int n) {
    int from = index(bytes, p);
    int to = Math.min(bytes.length, from + n);
    byte[] out = new byte[bytes.length + (to - from)];
    System.arraycopy(bytes, 0, out, 0, to);
    System.arraycopy(bytes, from, out, to, bytes.length - from);
    return out;
  }

  private static byte[] insert(byte[] bytes, double p, byte b) {
    int at = index(bytes, p);
    byte[] out = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, out, 0, at);
    out[at] = b;
    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
    return out;
  }

  /** A segment longer than the reader keeps: it is cut off and reported, never held whole. */
  private static byte[] insertRun(byte[] bytes, double p) {
    byte[] run = new byte[SegmentScanner.MAX_SEGMENT + 100];
    Arrays.fill(run, (byte) 'A');
    int at = index(bytes, p);
    byte[] out = new byte[bytes.length + run.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(run, 0, out, at, run.length);
    System.arraycopy(bytes, at, out, at + run.length, bytes.length - at);
    return out;
  }

  private static List<Byte> toList(byte[] bytes) {
    List<Byte> list = new ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    return list;
  }

  /** The 850 samples, and the interchanges of every other set we have definitions for. */
  private static List<byte[]> samples() {
    try (Stream<Path> others =
        Files.list(Path.of("src", "test", "resources", "x12", "definitions"))) {
      List<byte[]> all = new ArrayList<>();
      Samples.names().forEach(n -> all.add(Samples.text(n).getBytes(StandardCharsets.ISO_8859_1)));
      for (Path other : others.sorted().toList()) {
        all.add(Files.readAllBytes(other));
      }
      return all;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
