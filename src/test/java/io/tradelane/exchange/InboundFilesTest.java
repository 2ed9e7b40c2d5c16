package io.tradelane.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.exchange.InboundFiles.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inbound files on the real schema (H2 in PostgreSQL mode, the hub's migrations): bytes in the
 * content store, the row with key, size and hash; one row per arrival; rows from before the store
 * still readable.
 */
class InboundFilesTest {

  @TempDir Path storeDir;
  private JdbcDataSource dataSource;
  private JdbcTemplate jdbc;
  private InboundFiles files;

  @BeforeEach
  void database() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:inbound-files-"
            + System.nanoTime()
            + ";MODE=PostgreSQL"
            + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    files = new InboundFiles(jdbc, new ContentStore(storeDir), Clock.systemUTC());
  }

  private void migrate(String target) {
    Flyway.configure().dataSource(dataSource).target(target).load().migrate();
  }

  private static InputStream text(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void stores_the_bytes_in_the_store_and_key_size_and_hash_in_the_row() throws Exception {
    migrate("latest");
    long id = files.store("acme", "po.edi", 1000L, text("ISA*00*...~"));

    StoredFile file = files.lock(id);
    assertThat(file.status()).isEqualTo(InboundFiles.Status.RECEIVED);
    assertThat(file.size()).isEqualTo(11);
    assertThat(file.storeKey()).endsWith(file.sha256());
    assertThat(jdbc.queryForObject("select content from inbound_file", byte[].class)).isNull();
    try (InputStream in = files.open(file)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
          .isEqualTo("ISA*00*...~");
    }
  }

  @Test
  void the_same_arrival_stored_twice_is_one_row_and_a_resend_is_another() {
    migrate("latest");
    long first = files.store("acme", "po.edi", 1000L, text("same bytes"));
    long again = files.store("acme", "po.edi", 1000L, text("same bytes"));
    long resent = files.store("acme", "po.edi", 2000L, text("same bytes"));

    assertThat(again).isEqualTo(first);
    assertThat(resent).isNotEqualTo(first);
    assertThat(jdbc.queryForObject("select count(*) from inbound_file", Integer.class))
        .isEqualTo(2);
    assertThat(files.lock(resent).storeKey()).isEqualTo(files.lock(first).storeKey());
  }

  @Test
  void a_file_whose_stored_bytes_are_gone_is_a_clear_error_naming_it() throws Exception {
    migrate("latest");
    long id = files.store("acme", "lost.edi", 1000L, text("bytes"));
    StoredFile file = files.lock(id);
    Files.delete(storeDir.resolve(file.storeKey()));

    assertThatThrownBy(() -> files.open(file))
        .isInstanceOf(ContentStore.MissingContentException.class)
        .hasMessageContaining("inbound file " + id + " (acme/lost.edi)")
        .hasMessageContaining("is missing");
  }

  @Test
  void files_stored_in_the_database_before_the_content_store_stay_readable() throws Exception {
    migrate("3");
    jdbc.update(
        "insert into inbound_file (mailbox, file_name, modified_at, file_size, sha256, content,"
            + " received_at, status) values ('acme', 'old.edi', 1, 5, 'x', ?, ?, 'RECEIVED')",
        "older".getBytes(StandardCharsets.ISO_8859_1),
        Timestamp.from(Instant.now()));
    migrate("latest");

    StoredFile old = files.lock(jdbc.queryForObject("select id from inbound_file", Long.class));
    assertThat(old.storeKey()).isNull();
    try (InputStream in = files.open(old)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("older");
    }
  }
}
