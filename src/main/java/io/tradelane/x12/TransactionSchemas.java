package io.tradelane.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transaction set schemas under {@code x12/schemas/} on the class path, named {@code
 * <ST01>-<version>.xml} where the version is the first six characters of GS08 (004010, 005010).
 * Loaded once and shared: StAEDI schemas are immutable.
 */
final class TransactionSchemas {

  private static final String FOLDER = "x12/schemas/";
  private static final Map<String, Optional<Schema>> CACHE = new ConcurrentHashMap<>();

  private TransactionSchemas() {}

  static Optional<Schema> find(String setCode, String groupVersion) {
    if (setCode == null || groupVersion == null || groupVersion.length() < 6) {
      return Optional.empty();
    }
    String name = setCode + "-" + groupVersion.substring(0, 6) + ".xml";
    return CACHE.computeIfAbsent(name, TransactionSchemas::load);
  }

  private static Optional<Schema> load(String name) {
    if (!name.matches("[0-9]{3}-[0-9]{6}\\.xml")) {
      return Optional.empty();
    }
    try (InputStream xml =
        TransactionSchemas.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (xml == null) {
        return Optional.empty();
      }
      return Optional.of(SchemaFactory.newFactory().createSchema(xml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (EDISchemaException e) {
      throw new IllegalStateException("schema " + FOLDER + name + " is broken", e);
    }
  }
}
