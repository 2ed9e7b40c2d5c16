package io.tradelane.x12.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The transaction set definitions under {@code x12/schemas/} on the class path, named {@code
 * <ST01>-<version>.xml} where the version is the first six characters of GS08 (004010, 005010), and
 * the envelope segments (ISA, GS, ST, SE, GE, IEA) of {@code x12/envelope.xml}. Each file is read
 * once and shared: definitions are immutable.
 */
public final class Definitions {

  private static final String FOLDER = "x12/schemas/";
  private static final Map<String, Optional<TransactionDefinition>> CACHE =
      new ConcurrentHashMap<>();
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static volatile Map<String, SegmentType> envelope;

  private Definitions() {}

  /** The definition of set {@code setCode} in the version GS08 names, when we have one. */
  public static Optional<TransactionDefinition> find(String setCode, String groupVersion) {
    if (setCode != null && groupVersion != null && groupVersion.length() >= 6) {
      Optional<TransactionDefinition> known =
          CACHE.get(setCode + "-" + groupVersion.substring(0, 6));
      if (known != null) {
        return known;
      }
    }
    if (setCode == null
        || groupVersion == null
        || groupVersion.length() < 6
        || !DIGITS.matcher(setCode).matches()
        || setCode.length() != 3
        || !DIGITS.matcher(groupVersion.substring(0, 6)).matches()) {
      return Optional.empty();
    }
    String version = groupVersion.substring(0, 6);
    return CACHE.computeIfAbsent(setCode + "-" + version, n -> load(n, setCode, version));
  }

  /** The envelope segment with tag {@code tag} (ISA, GS, ST, SE, GE, IEA). */
  public static SegmentType envelope(String tag) {
    Map<String, SegmentType> known = envelope;
    if (known == null) {
      try (InputStream xml =
          Definitions.class.getClassLoader().getResourceAsStream("x12/envelope.xml")) {
        known = DefinitionReader.read(xml, "x12/envelope.xml").segments();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      envelope = known;
    }
    SegmentType type = known.get(tag);
    if (type == null) {
      throw new IllegalArgumentException("no envelope segment " + tag);
    }
    return type;
  }

  private static Optional<TransactionDefinition> load(String name, String code, String version) {
    try (InputStream xml = open(name + ".xml")) {
      if (xml == null) {
        return Optional.empty();
      }
      DefinitionReader.Contents contents = DefinitionReader.read(xml, name);
      return Optional.of(
          new TransactionDefinition(code, version, contents.body(), contents.tags()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String file) {
    return Definitions.class.getClassLoader().getResourceAsStream(FOLDER + file);
  }
}
