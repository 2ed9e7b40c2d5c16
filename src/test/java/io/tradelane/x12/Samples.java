package io.tradelane.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads files of edi-samples/850 and strings through the reader. */
public final class Samples {

  public static final Path FOLDER = Path.of("edi-samples", "850");

  private Samples() {}

  /** The names of the samples ({@code *.edi}), sorted. */
  public static Stream<String> names() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".edi"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static List<Interchange> read(String name) {
    try (InputStream in = Files.newInputStream(FOLDER.resolve(name))) {
      return new InterchangeReader().readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Interchange readOne(String name) {
    List<Interchange> all = read(name);
    if (all.size() != 1) {
      throw new AssertionError(name + " holds " + all.size() + " interchanges");
    }
    return all.get(0);
  }

  static List<Interchange> readText(String text) {
    try {
      return new InterchangeReader()
          .readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(FOLDER.resolve(name), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
