package io.tradelane.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The hub binds {@code ssccSerials} for its configured company prefix and extension digit. */
class SsccSerialsWiringTest {

  @Test
  void the_hub_hands_out_sscc_of_its_configured_prefix_and_extension() throws Exception {
    try (InJvmHub hub =
        InJvmHub.start("sscc-wiring", null, Map.of("hub.gs1.sscc-extension", "3"))) {
      SsccSerials serials =
          hub.camel().getRegistry().lookupByNameAndType("ssccSerials", SsccSerials.class);
      TransactionTemplate tx =
          new TransactionTemplate(new DataSourceTransactionManager(hub.jdbc().getDataSource()));

      Sscc first = tx.execute(status -> serials.next("SHIP-1"));

      assertThat(first).isEqualTo(Sscc.of(3, "0614141", 0));
    }
  }
}
