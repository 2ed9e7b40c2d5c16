package io.tradelane.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.partner.HubIdentity;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.runtime.InJvmHub;
import io.tradelane.x12.Segment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every outbound document is checked against the definition of what we send before anyone can
 * deliver it: one that fails is held with the reason, recorded as an event, and never handed to
 * delivery.
 */
class OutboundHoldTest {

  private static final HubIdentity US =
      new HubIdentity("ZZ", "TRADELANEDEMO", "TRADELANEDEMO", "MAIN", "0614141", "P");

  @Test
  void holds_an_855_that_breaks_its_definition_and_passes_a_valid_one() throws Exception {
    try (InJvmHub hub = InJvmHub.start("outbound-hold", null, Map.of())) {
      JdbcTemplate jdbc = hub.jdbc();
      TransactionTemplate tx =
          new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
      PartnerProfile acme =
          PartnerDirectory.load(Path.of("config", "partners")).byId("acme").orElseThrow();
      OutboundDocuments documents =
          new OutboundDocuments(
              jdbc,
              new ControlNumbers(jdbc),
              new EnvelopeWriter(US),
              new HubEvents(jdbc),
              Clock.systemUTC());

      long bad = tx.execute(s -> documents.create(request(acme, 1, "ZZ")));
      long good = tx.execute(s -> documents.create(request(acme, 2, "IA")));

      assertThat(documents.pending(bad)).as("a held document is never delivered").isEmpty();
      assertThat(documents.pending(good)).isPresent();
      Map<String, Object> held =
          jdbc.queryForMap(
              "select status, detail, content from outbound_document where id = ?", bad);
      assertThat(held.get("status")).isEqualTo("HELD");
      assertThat((String) held.get("detail")).contains("ACK").contains("ZZ");
      assertThat((String) held.get("content")).contains("ACK*ZZ*");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from hub_event where kind = 'outbound-held'", Integer.class))
          .isEqualTo(1);
    }
  }

  private static OutboundDocuments.Request request(
      PartnerProfile partner, long orderId, String ackCode) {
    List<Segment> body =
        List.of(
            Segment.of("BAK", "00", "AC", "PO-" + orderId, "20261120"),
            Segment.of("PO1", "1", "10", "EA", "12.4", "", "UP", "614141100071"),
            Segment.of("ACK", ackCode, "10", "EA", "068", "20261201"),
            Segment.of("CTT", "1", "10"));
    return new OutboundDocuments.Request(
        partner, "855", "ORDER", 1000 + orderId, "PR", null, List.of(body));
  }
}
