package io.tradelane.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keeps the bytes of inbound files on disk, outside the heap and the database: {@code
 * <hub.store.inbound-dir>/<first two hex digits>/<sha256>}, addressed by content. A write streams
 * into a temporary file under {@code tmp/}, hashing as it goes, forces it to disk and renames it
 * into place atomically, so a stored key always names complete bytes; the same bytes written twice
 * are one file. Stored files are never changed. Several hub nodes must share one store (a shared
 * mount), since any node may translate a file another took in.
 */
public final class ContentStore {

  /** What a write stored: the key to open it by, its SHA-256 (hex) and its size in bytes. */
  public record Stored(String key, String sha256, long size) {}

  /** The bytes a key names are not in the store (deleted, or a shared mount is missing). */
  public static final class MissingContentException extends IllegalStateException {
    public MissingContentException(String message) {
      super(message);
    }
  }

  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final Path temporary;

  public ContentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.temporary = this.root.resolve("tmp");
    try {
      Files.createDirectories(temporary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the content store " + this.root, e);
    }
  }

  public Path root() {
    return root;
  }

  /** Streams {@code in} into the store and returns where it went; {@code in} is not closed. */
  public Stored write(InputStream in) {
    Path tmp = temporary.resolve(UUID.randomUUID() + ".tmp");
    try {
      DigestInputStream digesting = new DigestInputStream(in, StoredContent.sha256());
      long size = copyDurably(digesting, tmp);
      String sha256 = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
      String key = sha256.substring(0, 2) + "/" + sha256;
      place(tmp, root.resolve(key), size);
      return new Stored(key, sha256, size);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store content in " + root, e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /**
   * Opens stored bytes for reading; the stream fails at its end when they are not the {@code size}
   * bytes with hash {@code sha256} that were stored.
   *
   * @throws MissingContentException when the store holds nothing under {@code key}
   */
  public InputStream open(String key, String sha256, long size) {
    Path file = file(key);
    try {
      return new StoredContent(Files.newInputStream(file), key, sha256, size);
    } catch (NoSuchFileException e) {
      throw new MissingContentException("stored content " + key + " is missing: no file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open stored content " + file, e);
    }
  }

  /**
   * Opens stored bytes from {@code offset} on, without checking their hash: for reading again part
   * of content that was read whole (and checked) before.
   *
   * @throws MissingContentException when the store holds nothing under {@code key}
   */
  public InputStream openAt(String key, long offset) {
    Path file = file(key);
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      try {
        channel.position(offset);
      } catch (IOException e) {
        channel.close();
        throw e;
      }
      return Channels.newInputStream(channel);
    } catch (NoSuchFileException e) {
      throw new MissingContentException("stored content " + key + " is missing: no file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open stored content " + file, e);
    }
  }

  private Path file(String key) {
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("not a key of this store: " + key);
    }
    return file;
  }

  /**
   * Deletes temporary files nobody has written to for {@code age}: what a write interrupted by a
   * crash left. A write in progress (on this or another node) touches its file continuously.
   *
   * @return how many were deleted
   */
  public int removeStaleTemporaries(Duration age) {
    Instant before = Instant.now().minus(age);
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(temporary, "*.tmp")) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
          removed += Files.deleteIfExists(file) ? 1 : 0;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sweep " + temporary, e);
    }
    return removed;
  }

  private static long copyDurably(InputStream in, Path tmp) throws IOException {
    try (FileChannel channel =
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      OutputStream out = Channels.newOutputStream(channel);
      byte[] buffer = new byte[BUFFER];
      long size = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        size += n;
      }
      channel.force(true);
      return size;
    }
  }

  /** Renames the temporary file into place; the same bytes already there are kept as they are. */
  private void place(Path tmp, Path target, long size) throws IOException {
    if (Files.exists(target) && Files.size(target) == size) {
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the content store needs a file system with atomic renames", e);
    }
    forceDirectory(target.getParent());
  }

  /** Makes the rename itself durable where the platform allows syncing a directory (POSIX). */
  private static void forceDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; its renames are journalled by NTFS
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for removeStaleTemporaries
    }
  }
}
