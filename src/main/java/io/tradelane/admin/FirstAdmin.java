package io.tradelane.admin;

import io.tradelane.runtime.SecretFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first console admin on a start that finds no console user: named by {@code
 * hub.console.admin-user}, with the password of {@code hub.console.admin-password} (from the
 * environment, {@code HUB_CONSOLE_ADMIN_PASSWORD}); without one, a random password written to a
 * file readable by the hub's OS user only. The password is never logged.
 */
public final class FirstAdmin {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private FirstAdmin() {}

  public static void ensure(ConsoleUsers users, String username, String password, Path file) {
    if (users.count() > 0) {
      return;
    }
    String chosen = password;
    if (chosen == null || chosen.isBlank()) {
      byte[] secret = new byte[18];
      new SecureRandom().nextBytes(secret);
      chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      write(file, username + " = " + chosen + "\n");
      LOG.info(
          "Created the console admin '{}' with a random password (read it in {})",
          username,
          file.toAbsolutePath());
    } else {
      LOG.info("Created the console admin '{}' with the configured password", username);
    }
    users.add(username, chosen, Role.ADMIN, "first start");
  }

  private static void write(Path file, String content) {
    try {
      Files.deleteIfExists(file); // left by a start that failed before the admin was stored
      SecretFiles.create(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the console admin's password to " + file, e);
    }
  }
}
