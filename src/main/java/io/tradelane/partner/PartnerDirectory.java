package io.tradelane.partner;

import io.tradelane.x12.Delimiters;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The configured trading partners, one {@code <id>.properties} file each in the partners folder,
 * found by id or by the ISA sender they use.
 */
public final class PartnerDirectory {

  private final Map<String, PartnerProfile> byId;
  private final Map<String, PartnerProfile> bySender;

  public PartnerDirectory(Collection<PartnerProfile> partners) {
    this.byId =
        partners.stream()
            .collect(
                Collectors.toMap(
                    PartnerProfile::id, Function.identity(), (a, b) -> a, TreeMap::new));
    this.bySender =
        partners.stream()
            .collect(
                Collectors.toMap(p -> senderKey(p.isaQualifier(), p.isaId()), Function.identity()));
  }

  /** Reads every {@code *.properties} file of a folder. */
  public static PartnerDirectory load(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return new PartnerDirectory(
          files
              .filter(f -> f.getFileName().toString().endsWith(".properties"))
              .sorted()
              .map(PartnerDirectory::read)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read partner profiles in " + folder, e);
    }
  }

  static PartnerProfile read(Path file) {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read partner profile " + file, e);
    }
    String name = file.getFileName().toString();
    String id = name.substring(0, name.length() - ".properties".length());
    Map<String, String> settings = new TreeMap<>();
    p.stringPropertyNames().forEach(key -> settings.put(key, p.getProperty(key).trim()));
    return profile(id, settings);
  }

  private static PartnerProfile profile(String id, Map<String, String> settings) {
    Function<String, Optional<String>> value = key -> Optional.ofNullable(settings.get(key));
    Set<String> keys = settings.keySet();
    Function<String, String> required =
        key ->
            value
                .apply(key)
                .filter(v -> !v.isEmpty())
                .orElseThrow(
                    () -> new IllegalStateException("partner " + id + ": " + key + " must be set"));
    String version = required.apply("x12.version");
    Delimiters delimiters =
        new Delimiters(
            single(required.apply("delimiter.element")),
            single(required.apply("delimiter.segment")),
            single(required.apply("delimiter.component")),
            value
                .apply("delimiter.repetition")
                .filter(v -> !v.isEmpty())
                .map(PartnerDirectory::single)
                .orElse((char) 0));
    return new PartnerProfile(
        id,
        value.apply("partner.name").orElse(id),
        required.apply("isa.qualifier"),
        required.apply("isa.id"),
        required.apply("gs.id"),
        version,
        delimiters,
        value.apply("ack.functional").orElse(version.startsWith("005") ? "999" : "997"),
        Boolean.parseBoolean(value.apply("ack.ta1").orElse("false")),
        Boolean.parseBoolean(value.apply("orders.backorders").orElse("false")),
        new PartnerProfile.AddressedAs(
            value.apply("us.isa.qualifier").orElse(null),
            value.apply("us.isa.id").orElse(null),
            value.apply("us.gs.id").orElse(null)),
        AckDeadlines.read(value, keys, id),
        settings);
  }

  private static char single(String text) {
    if (text.length() != 1) {
      throw new IllegalStateException("a delimiter is one character, not '" + text + "'");
    }
    return text.charAt(0);
  }

  private static String senderKey(String qualifier, String id) {
    return qualifier.trim() + "/" + id.trim();
  }

  public Optional<PartnerProfile> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The partner a stored document or order belongs to, which must still be configured.
   *
   * @throws IllegalStateException when its profile was removed
   */
  public PartnerProfile require(String id) {
    return byId(id)
        .orElseThrow(() -> new IllegalStateException("partner " + id + " is no longer configured"));
  }

  /** The partner that uses this ISA05/ISA06 sender, blanks around either ignored. */
  public Optional<PartnerProfile> bySender(String qualifier, String id) {
    return Optional.ofNullable(bySender.get(senderKey(qualifier, id)));
  }

  public Collection<PartnerProfile> all() {
    return byId.values();
  }
}
