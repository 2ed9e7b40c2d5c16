package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.bench.ActivityFiles;
import io.tradelane.runtime.InJvmHub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 852s longer than translation keeps in memory (here 110 bytes, 6 segments of the first) are
 * streamed from the received file into the partner's sales and stock, and a partner may send one
 * 852 per store: each store's stock counts once, with its latest report of the week; on H2 and on
 * PostgreSQL. Any other set that long fails, with why.
 */
class ActivityStreamingTest {

  private static final Clock FRIDAY =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Store 042's sales and stock; TL-1001 comes again in a second LIN loop. */
  private static final String STORE_042 =
      String.join(
          "~\n",
          "ST*852*0001",
          "XQ*H*20261116*20261122",
          "N1*RL*ACME 042*92*042",
          "LIN**UP*614141100071",
          "ZA*QA*5*EA",
          "ZA*QS*0*EA",
          "LIN**UP*614141100149",
          "ZA*QA*2*EA",
          "ZA*QS*9*EA",
          "LIN**UP*614141100071",
          "ZA*QA*3*EA",
          "CTT*3",
          "SE*13*0001~\n");

  /** Store 043's, its quantities in SDQs of the whole chain's N1. */
  private static final String STORE_043 =
      String.join(
          "~\n",
          "ST*852*0002",
          "XQ*H*20261116*20261122",
          "N1*RL*ACME STORES*92*ACME",
          "LIN**UP*614141100071",
          "ZA*QA",
          "SDQ*EA*92*043*11",
          "ZA*QS",
          "SDQ*EA*92*043*0",
          "CTT*1",
          "SE*10*0002~\n");

  /** A correction of store 042's stock of TL-1001 later the same week. */
  private static final String CORRECTION_042 =
      String.join(
          "~\n",
          "ST*852*0003",
          "XQ*H*20261119*20261122",
          "N1*RL*ACME 042*92*042",
          "LIN**UP*614141100071",
          "ZA*QS*12*EA",
          "ZA*QP*40*EA",
          "CTT*1",
          "SE*8*0003~\n");

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void streams_long_852s_and_counts_each_store_once_with_its_latest_report(String database)
      throws Exception {
    int port = HubApi.freePort();
    try (TestDatabase store = TestDatabase.start(database);
        InJvmHub hub =
            InJvmHub.start(
                "cpfr-streaming",
                FRIDAY,
                store.settings(
                    Map.of(
                        "hub.http.port",
                        Integer.toString(port),
                        "hub.translate.kept-bytes",
                        "110")))) {
      hub.drop(
          "acme", "stores.edi", interchange("852", "PD", STORE_042 + STORE_043 + CORRECTION_042));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      JdbcTemplate db = hub.jdbc();

      assertThat(
              db
                  .queryForList(
                      "select r.period_start, a.sku, a.location, a.activity, a.quantity"
                          + " from product_activity a join activity_report r on r.id = a.report_id"
                          + " order by r.id, a.sku, a.location, a.activity")
                  .stream()
                  .map(r -> r.values().stream().map(ActivityStreamingTest::text).toList())
                  .toList())
          .containsExactly(
              List.of("2026-11-16", "TL-1001", "042", "QA", "8"),
              List.of("2026-11-16", "TL-1001", "042", "QS", "0"),
              List.of("2026-11-16", "TL-1002", "042", "QA", "2"),
              List.of("2026-11-16", "TL-1002", "042", "QS", "9"),
              List.of("2026-11-16", "TL-1001", "043", "QA", "11"),
              List.of("2026-11-16", "TL-1001", "043", "QS", "0"),
              List.of("2026-11-19", "TL-1001", "042", "QS", "12"));
      assertThat(db.queryForList("select lines from activity_report order by id", Integer.class))
          .containsExactly(4, 2, 1);
      assertThat(
              db.queryForObject(
                  "select content from inbound_document where set_control = '0001'", String.class))
          .startsWith("ST*852*0001~\nXQ*H*20261116*20261122~\n")
          .endsWith("ZA*QS*0*EA~\n... 7 more segments, kept in the received file\n");

      // TL-1001: 042 has stock after its correction, 043 none: 50 %; TL-1002 at 042: 100 %
      HubApi api = new HubApi(hub, port);
      HttpResponse<String> run = api.post("/api/cpfr/acme/exceptions/run", "");
      assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
      JsonNode open = JSON.readTree(api.get("/api/cpfr/acme/exceptions?status=OPEN").body());
      assertThat(open).hasSize(1);
      assertThat(open.get(0).path("metric").asText()).isEqualTo("IN_STOCK");
      assertThat(open.get(0).path("sku").asText()).isEqualTo("TL-1001");
      assertThat(open.get(0).path("week_start").asText()).isEqualTo("2026-11-16");
      assertThat(open.get(0).path("measured").decimalValue()).isEqualByComparingTo("50");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ActivityFiles.Layout.class)
  void takes_every_quantity_of_a_generated_852_of_many_stores_and_items(ActivityFiles.Layout layout)
      throws Exception {
    int stores = 23;
    int items = 40;
    try (InJvmHub hub = InJvmHub.start("cpfr-generated-" + layout, FRIDAY, Map.of())) {
      ActivityFiles.addItems(hub.jdbc(), items);
      Path file = Files.createTempFile("activity-", ".edi");
      int sets = ActivityFiles.write(file, layout, stores, items);
      hub.drop("acme", "activity.edi", Files.readAllBytes(file));
      Files.delete(file);
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      JdbcTemplate db = hub.jdbc();

      assertThat(db.queryForObject("select count(*) from activity_report", Integer.class))
          .isEqualTo(sets);
      Map<String, Integer> wanted = new TreeMap<>();
      for (int store = 0; store < stores; store++) {
        for (int item = 0; item < items; item++) {
          for (String activity : List.of("QA", "QS")) {
            wanted.put(
                ActivityFiles.sku(item) + " " + ActivityFiles.store(store) + " " + activity,
                ActivityFiles.quantity(store, item, activity));
          }
        }
      }
      Map<String, Integer> taken = new TreeMap<>();
      db.query(
          "select sku, location, activity, quantity from product_activity",
          rs -> {
            taken.put(
                rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3),
                rs.getBigDecimal(4).intValueExact());
          });
      assertThat(taken).isEqualTo(wanted);
      // an 852 is streamed from the file: of a long one, the text of its first 100 segments is kept
      String first =
          db.queryForObject(
              "select content from inbound_document where set_control = '0001'", String.class);
      int segments =
          layout == ActivityFiles.Layout.SDQ ? 5 + items * (2 + 4 * (1 + 3)) : 5 + items * 6;
      assertThat(first.lines()).hasSize(101);
      assertThat(first)
          .startsWith("ST*852*0001~\nXQ*H*20261116*20261122~\n")
          .endsWith("... " + (segments - 100) + " more segments, kept in the received file\n");
    }
  }

  @Test
  void fails_any_other_set_longer_than_translation_keeps() throws Exception {
    try (InJvmHub hub =
        InJvmHub.start("cpfr-long-850", FRIDAY, Map.of("hub.translate.kept-bytes", "110"))) {
      byte[] po = Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi"));
      hub.drop("acme", "po.edi", po);
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);

      Map<String, Object> doc =
          hub.jdbc()
              .queryForMap(
                  "select status, detail, segment_count from inbound_document"
                      + " where transaction_set = '850'");
      assertThat(doc.get("STATUS")).isEqualTo("FAILED");
      assertThat((String) doc.get("DETAIL"))
          .isEqualTo(
              "the 850 has "
                  + doc.get("SEGMENT_COUNT")
                  + " segments, longer than this hub reads of one set in memory"
                  + " (hub.translate.kept-bytes); only 852s are streamed whatever their length");
      assertThat(
              hub.jdbc()
                  .queryForObject(
                      "select count(*) from hub_event where kind = 'document-failed'",
                      Integer.class))
          .isEqualTo(1);
    }
  }

  private static byte[] interchange(String set, String functionalId, String sets) {
    long count = sets.lines().filter(l -> l.startsWith("ST*")).count();
    String text =
        "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*TRADELANEDEMO  *261123*0800*U*00401"
            + "*000000411*0*P*>~\n"
            + "GS*"
            + functionalId
            + "*ACMERETAIL*TRADELANEDEMO*20261123*0800*411*X*004010~\n"
            + sets
            + "GE*"
            + count
            + "*411~\n"
            + "IEA*1*000000411~\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String text(Object value) {
    return value instanceof java.math.BigDecimal d
        ? d.stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }
}
