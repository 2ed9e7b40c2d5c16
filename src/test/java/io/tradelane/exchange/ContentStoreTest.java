package io.tradelane.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbound content store: streamed writes with their hash, verified reads, crash leftovers. */
class ContentStoreTest {

  @TempDir Path root;

  private static byte[] bytes(int size, long seed) {
    byte[] content = new byte[size];
    new Random(seed).nextBytes(content);
    return content;
  }

  @Test
  void stores_streamed_content_and_reads_it_back_with_its_hash() throws Exception {
    ContentStore store = new ContentStore(root);
    byte[] content = bytes(3 * 1024 * 1024 + 17, 1);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

    ContentStore.Stored stored = store.write(new ByteArrayInputStream(content));

    assertThat(stored.sha256()).isEqualTo(sha256);
    assertThat(stored.size()).isEqualTo(content.length);
    assertThat(stored.key()).isEqualTo(sha256.substring(0, 2) + "/" + sha256);
    assertThat(root.resolve(stored.key())).hasBinaryContent(content);
    assertThat(root.resolve("tmp")).isEmptyDirectory();
    try (InputStream in = store.open(stored.key(), stored.sha256(), stored.size())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void the_same_bytes_written_twice_are_one_stored_file() {
    ContentStore store = new ContentStore(root);
    byte[] content = bytes(1000, 2);

    ContentStore.Stored first = store.write(new ByteArrayInputStream(content));
    ContentStore.Stored second = store.write(new ByteArrayInputStream(content));

    assertThat(second).isEqualTo(first);
    assertThat(root.resolve(first.key()).getParent()).isDirectoryContaining(p -> true);
    assertThat(root.resolve("tmp")).isEmptyDirectory();
  }

  @Test
  void a_missing_key_is_a_clear_error() {
    ContentStore store = new ContentStore(root);
    ContentStore.Stored stored = store.write(new ByteArrayInputStream(bytes(10, 3)));
    assertThat(root.resolve(stored.key()).toFile().delete()).isTrue();

    assertThatThrownBy(() -> store.open(stored.key(), stored.sha256(), stored.size()))
        .isInstanceOf(ContentStore.MissingContentException.class)
        .hasMessageContaining("stored content " + stored.key() + " is missing");
  }

  @Test
  void damaged_content_fails_the_read_at_its_end() throws Exception {
    ContentStore store = new ContentStore(root);
    byte[] content = bytes(100_000, 4);
    ContentStore.Stored stored = store.write(new ByteArrayInputStream(content));
    content[50_000] ^= 1;
    Files.write(root.resolve(stored.key()), content);

    try (InputStream in = store.open(stored.key(), stored.sha256(), stored.size())) {
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("damaged");
    }
  }

  @Test
  void removes_what_an_interrupted_write_left_once_it_is_stale() throws Exception {
    ContentStore store = new ContentStore(root);
    Path stale = Files.writeString(root.resolve("tmp").resolve("crashed.tmp"), "half");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.writeString(root.resolve("tmp").resolve("writing.tmp"), "in progress");

    assertThat(store.removeStaleTemporaries(Duration.ofHours(1))).isEqualTo(1);
    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
  }
}
