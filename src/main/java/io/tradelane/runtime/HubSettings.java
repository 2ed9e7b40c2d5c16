package io.tradelane.runtime;

import java.nio.file.Path;
import org.apache.camel.spi.PropertiesComponent;

/**
 * Typed reads of the hub's configuration keys ({@code config/application.properties}, overridden by
 * system properties and environment variables). Every key read here is documented where it is
 * defined, in {@code config/application.properties}.
 */
public final class HubSettings {

  private final PropertiesComponent properties;

  public HubSettings(PropertiesComponent properties) {
    this.properties = properties;
  }

  /** The value of a key, or the empty string when it is unset or blank. */
  public String text(String key) {
    return properties.resolveProperty(key).map(String::trim).orElse("");
  }

  /** The value of a key that must be set. */
  public String required(String key) {
    String value = text(key);
    if (value.isEmpty()) {
      throw new IllegalStateException("configuration key " + key + " must be set");
    }
    return value;
  }

  public int integer(String key) {
    return Integer.parseInt(required(key));
  }

  /** The data directory, absolute. */
  public Path dataDir() {
    return Path.of(required("hub.data-dir")).toAbsolutePath().normalize();
  }

  /** The configuration directory, absolute. */
  public Path configDir() {
    return Path.of(required("hub.config-dir")).toAbsolutePath().normalize();
  }
}
