package io.tradelane.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads what the hub wrote into a partner's {@code mailbox/<partner>/out/} folder. Delimiters are
 * taken from each file's own ISA segment, so 004010 and 005010 partners read alike.
 */
public final class Outbox {

  private final Path folder;

  public Outbox(Path folder) {
    this.folder = folder;
  }

  /** A document found in the folder: its file name and segments, each split into elements. */
  public record Document(Path file, List<List<String>> segments) {

    public String name() {
      return file.getFileName().toString();
    }

    /** The elements of every segment with this tag. */
    public List<List<String>> all(String tag) {
      return segments.stream().filter(s -> s.get(0).equals(tag)).toList();
    }

    /** Element {@code index} (1-based, as in BAK03) of the first segment with this tag. */
    public Optional<String> element(String tag, int index) {
      return all(tag).stream().findFirst().filter(s -> s.size() > index).map(s -> s.get(index));
    }
  }

  /** Names of the files whose name starts with {@code prefix} ("855-", "997-", "TA1-"). */
  public List<Path> files(String prefix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document whose file name starts with {@code prefix}, parsed. */
  public List<Document> documents(String prefix) {
    List<Document> documents = new ArrayList<>();
    for (Path file : files(prefix)) {
      documents.add(read(file));
    }
    return documents;
  }

  /** PO numbers (BAK03) of every 855 in the folder, one entry per 855 transaction set. */
  public List<String> acknowledgedPoNumbers() {
    return documents("855-").stream()
        .flatMap(d -> d.all("BAK").stream())
        .map(bak -> bak.get(3))
        .toList();
  }

  public static Document read(Path file) {
    try {
      return new Document(file, parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits X12 text into segments and elements, using the delimiters its ISA declares. */
  static List<List<String>> parse(String text) {
    String x12 = text.strip();
    if (!x12.startsWith("ISA") || x12.length() < 106) {
      throw new IllegalArgumentException("not an X12 interchange: " + abbreviate(x12));
    }
    char element = x12.charAt(3);
    char segment = x12.charAt(105);
    List<List<String>> segments = new ArrayList<>();
    for (String raw : x12.split(java.util.regex.Pattern.quote(String.valueOf(segment)))) {
      String trimmed = raw.strip();
      if (!trimmed.isEmpty()) {
        segments.add(
            Arrays.asList(
                trimmed.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1)));
      }
    }
    return segments;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
