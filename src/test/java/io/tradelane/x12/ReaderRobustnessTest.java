package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a partner sends, the reader judges it: mutated samples (bytes flipped, deleted,
 * duplicated, delimiters inserted, truncated) never make it throw, and every interchange it reports
 * carries either accepted sets or errors that say what is wrong.
 */
class ReaderRobustnessTest {

  private static final List<byte[]> SAMPLES = samples();
  private static final byte[] NASTY =
      "*~|^:>\r\nISAGSSTSEGEIEA\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

  @Property(tries = 300)
  void never_throws_on_a_mutated_interchange(@ForAll("mutated") byte[] input) throws IOException {
    List<Interchange> read = new ArrayList<>();

    new InterchangeReader().read(new ByteArrayInputStream(input), read::add);

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
        at.map(p -> bytes -> Arrays.copyOf(bytes, (int) (bytes.length * p))));
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

  private static List<Byte> toList(byte[] bytes) {
    List<Byte> list = new ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    return list;
  }

  private static List<byte[]> samples() {
    try {
      return Samples.names()
          .map(name -> Samples.text(name).getBytes(StandardCharsets.ISO_8859_1))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
