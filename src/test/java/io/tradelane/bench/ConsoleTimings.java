package io.tradelane.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.admin.ConsoleClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long the console's heavier reads take on the data a load run leaves behind (tens of thousands
 * of orders and documents): each asked {@value #ROUNDS} times in a row after one warm-up, as a
 * signed-in admin, printing the median and the slowest in milliseconds. Part of {@link LoadDriver}.
 */
final class ConsoleTimings {

  private static final int ROUNDS = 5;
  private static final long IDLE_TIMEOUT_MS = 600_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConsoleTimings() {}

  static void print(int port, String password, String partner, String po) throws Exception {
    ConsoleClient console = new ConsoleClient(port);
    String cookie = console.session("admin", password).cookie();
    Map<String, String> reads = new LinkedHashMap<>();
    reads.put("dashboard", "/console/api/dashboard");
    reads.put("scorecard, last 30 days", "/console/api/scorecard");
    reads.put("documents of a PO", "/console/api/documents?po=" + po);
    reads.put("a PO's chain", "/console/api/orders/" + partner + "/" + po);
    reads.put("a partner's latest 200 documents", "/console/api/documents?partner=" + partner);
    reads.put("a partner's latest 200 files", "/console/api/files?partner=" + partner);
    long idle = awaitIdle(console, cookie);
    System.out.println(
        "== console reads ("
            + ROUNDS
            + " rounds after a warm-up, once every queue was empty: "
            + idle / 1000
            + " s after the last 855)");
    for (Map.Entry<String, String> read : reads.entrySet()) {
      expectOk(console.get(read.getValue(), cookie), read.getValue());
      long[] millis = new long[ROUNDS];
      for (int i = 0; i < ROUNDS; i++) {
        long start = System.nanoTime();
        HttpResponse<String> answer = console.get(read.getValue(), cookie);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        expectOk(answer, read.getValue());
      }
      Arrays.sort(millis);
      System.out.printf(
          "  %-34s median %5d ms, slowest %5d ms%n",
          read.getKey(), millis[ROUNDS / 2], millis[ROUNDS - 1]);
    }
  }

  /**
   * Waits for the hub to finish what the load left queued (the 997s, the back-office copies), so
   * that the reads are timed on a quiet hub; returns how long that took, in milliseconds.
   */
  private static long awaitIdle(ConsoleClient console, String cookie) throws Exception {
    long start = System.currentTimeMillis();
    while (true) {
      HttpResponse<String> board = console.get("/console/api/dashboard", cookie);
      expectOk(board, "/console/api/dashboard");
      int waiting = 0;
      for (JsonNode queue : JSON.readTree(board.body()).path("queues")) {
        waiting += queue.path("depth").asInt();
      }
      if (waiting == 0) {
        return System.currentTimeMillis() - start;
      }
      if (System.currentTimeMillis() - start > IDLE_TIMEOUT_MS) {
        throw new IllegalStateException(waiting + " messages still queued after 10 minutes");
      }
      Thread.sleep(1000);
    }
  }

  private static void expectOk(HttpResponse<String> answer, String path) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }
}
