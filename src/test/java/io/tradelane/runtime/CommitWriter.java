package io.tradelane.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

/**
 * The process {@link EmbeddedDatabaseKillProbe} kills: eight threads commit as fast as they can to
 * embedded H2 opened with the hub's URL, each transaction taking the next number from a counter row
 * under its lock (as control numbers are taken) and storing an entry under that number. Each number
 * is printed once its transaction has committed; the number is the caller's proof of the commit.
 */
final class CommitWriter {

  static final int THREADS = 8;

  private CommitWriter() {}

  public static void main(String[] args) throws Exception {
    String url = Database.embeddedUrl(Path.of(args[0]));
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
    CountDownLatch failed = new CountDownLatch(1);
    for (int i = 0; i < THREADS; i++) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  commitForever(url, out);
                } catch (SQLException e) {
                  e.printStackTrace();
                  failed.countDown();
                }
              });
      writer.setDaemon(true);
      writer.start();
    }
    failed.await();
    System.exit(1);
  }

  private static void commitForever(String url, PrintStream out) throws SQLException {
    String payload = "x".repeat(1500);
    try (Connection connection = DriverManager.getConnection(url, "tradelane", "");
        PreparedStatement take =
            connection.prepareStatement("select last_value from probe_counter for update");
        PreparedStatement advance =
            connection.prepareStatement("update probe_counter set last_value = ?");
        PreparedStatement store =
            connection.prepareStatement("insert into probe_entry (n, payload) values (?, ?)")) {
      connection.setAutoCommit(false);
      while (true) {
        long next;
        try (ResultSet row = take.executeQuery()) {
          row.next();
          next = row.getLong(1) + 1;
        }
        advance.setLong(1, next);
        advance.executeUpdate();
        store.setLong(1, next);
        store.setString(2, payload);
        store.executeUpdate();
        connection.commit();
        out.print(next + "\n"); // one write: a kill cannot leave half a number
      }
    }
  }
}
