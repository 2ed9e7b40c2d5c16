package io.tradelane;

import io.tradelane.runtime.HubConfiguration;
import org.apache.camel.main.Main;

/**
 * Starts the hub: {@code java -jar target/tradelane.jar} in a directory holding {@code config/}.
 * The configuration folder is {@code hub.config-dir} (system property or HUB_CONFIG_DIR), default
 * {@code ./config}.
 */
public final class Tradelane {

  private Tradelane() {}

  public static void main(String[] args) throws Exception {
    Main main = new Main();
    main.setPropertyPlaceholderLocations(HubConfiguration.propertiesLocation());
    main.configure().addConfiguration(HubConfiguration.class);
    System.exit(main.run(args));
  }
}
