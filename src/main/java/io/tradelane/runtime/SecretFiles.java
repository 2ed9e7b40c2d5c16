package io.tradelane.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files that hold a secret (a first password): readable and writable by the hub's OS user only. */
public final class SecretFiles {

  private SecretFiles() {}

  /**
   * Creates {@code file} (and its folder) with mode 0600 where the file system has modes, and
   * writes {@code content}.
   *
   * @throws java.nio.file.FileAlreadyExistsException when it exists
   */
  public static void create(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
