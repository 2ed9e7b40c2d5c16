package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.ack.OverdueAcks;
import io.tradelane.runtime.InJvmHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hub on a real PostgreSQL server (started from binaries shipped as Maven artifacts, on a free
 * port): the same migrations apply, a purchase order goes all the way to its 997 and 855, and the
 * partner's 997 about that 855 is reconciled.
 */
class PostgresFlowTest {

  @Test
  void runs_the_order_flow_on_postgresql() throws Exception {
    try (TestDatabase postgres = TestDatabase.start("PostgreSQL")) {
      try (InJvmHub hub = InJvmHub.start("postgres", null, postgres.settings(Map.of()))) {
        hub.drop(
            "acme",
            "po.edi",
            Files.readAllBytes(Path.of("edi-samples", "850", "acme-single-po.edi")));
        SampleFlowTest.awaitSettled(hub.jdbc(), 1);

        assertThat(hub.jdbc().queryForObject("select version()", String.class))
            .startsWith("PostgreSQL");
        assertThat(hub.jdbc().queryForObject("select count(*) from purchase_order", Integer.class))
            .isEqualTo(1);
        assertThat(InJvmHub.files(hub.outbox("acme"), "997-")).hasSize(1);
        assertThat(InJvmHub.files(hub.outbox("acme"), "855-")).hasSize(1);
        assertThat(
                hub.jdbc()
                    .queryForObject(
                        "select reserved from stock where sku = 'TL-1001'",
                        java.math.BigDecimal.class))
            .isEqualByComparingTo("10");

        PartnerAcks sent = PartnerAcks.of(hub, "acme", "855");
        hub.drop(
            "acme",
            "997.edi",
            PartnerAcks.acme997(
                5001, "AK1*PR*" + sent.gs06(), "AK2*855*" + sent.st02(), "AK5*A", "AK9*A*1*1*1"));
        SampleFlowTest.awaitSettled(hub.jdbc(), 2);
        assertThat(
                hub.jdbc()
                    .queryForObject(
                        "select ack_status from outbound_document where doc_type = '855'",
                        String.class))
            .isEqualTo("ACCEPTED");
        assertThat(hub.jdbc().queryForObject("select count(*) from outbound_ack", Integer.class))
            .isEqualTo(1);
        assertThat(
                hub.camel()
                    .getRegistry()
                    .lookupByNameAndType("overdueAcks", OverdueAcks.class)
                    .check())
            .isZero();
      }
    }
  }
}
