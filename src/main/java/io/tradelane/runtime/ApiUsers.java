package io.tradelane.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users of the hub's {@code /api/*} endpoints, in the Vert.x property file the HTTP server's
 * basic authentication reads ({@code user.<name> = <password>}). On first start the file is created
 * with one user, {@code warehouse}, and a random password, readable and writable by the hub's own
 * OS user only; the password is never logged: the log says where to find it.
 */
public final class ApiUsers {

  private static final Logger LOG = LoggerFactory.getLogger(ApiUsers.class);

  /** The user the first start creates, for the warehouse system's shipment confirmations. */
  public static final String FIRST_USER = "warehouse";

  private ApiUsers() {}

  /** Creates the users file with the first user when it does not exist. */
  public static void ensure(Path file) {
    if (Files.exists(file)) {
      return;
    }
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String content =
        "# Users of the hub's /api/* endpoints: user.<name> = <password>\n"
            + "user."
            + FIRST_USER
            + " = "
            + password
            + "\n";
    try {
      SecretFiles.create(file, content);
    } catch (FileAlreadyExistsException raced) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the API users file " + file, e);
    }
    LOG.info(
        "Created {} with the API user '{}' and a random password (read it there)",
        file.toAbsolutePath(),
        FIRST_USER);
  }
}
