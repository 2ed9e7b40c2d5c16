package io.tradelane.flow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The database a flow test runs the hub on: the embedded H2 default, or a real PostgreSQL server
 * started from binaries shipped as Maven artifacts, on a free port.
 */
final class TestDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private TestDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** {@code H2} or {@code PostgreSQL}. */
  static TestDatabase start(String kind) throws IOException {
    return new TestDatabase(kind.equals("H2") ? null : EmbeddedPostgres.builder().start());
  }

  /** The hub's settings with this database's added. */
  Map<String, String> settings(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    if (postgres != null) {
      all.put("hub.db.url", postgres.getJdbcUrl("postgres", "postgres"));
      all.put("hub.db.user", "postgres");
      all.put("hub.db.password", "");
    }
    return all;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
