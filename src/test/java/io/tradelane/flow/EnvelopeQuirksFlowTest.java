package io.tradelane.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.runtime.InJvmHub;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An interchange whose envelope has quirks that lose no data (an unpadded ISA, an IEA02 without its
 * leading zeros) is processed like any other: the order is made and acknowledged, and the quirks
 * are recorded on the interchange, which stays ACCEPTED.
 */
class EnvelopeQuirksFlowTest {

  private static final String UNPADDED =
      "ISA*00* *00* *ZZ*ACMERETAIL*ZZ*TRADELANEDEMO*261120*0930*U*00401*000000777*0*P*>~"
          + "GS*PO*ACMERETAIL*TRADELANEDEMO*20261120*0930*777*X*004010~"
          + "ST*850*0001~BEG*00*SA*PO777**20261120~PO1*1*2*EA*12.40**IN*A-55001~CTT*1~"
          + "SE*5*0001~GE*1*777~IEA*1*777~";

  @Test
  void an_unpadded_envelope_is_accepted_with_its_quirks_recorded() throws Exception {
    try (InJvmHub hub = InJvmHub.start("envelope-quirks", null, Map.of())) {
      hub.drop("acme", "unpadded.edi", UNPADDED.getBytes(StandardCharsets.US_ASCII));
      SampleFlowTest.awaitSettled(hub.jdbc(), 1);
      hub.awaitOutbox("acme", List.of("997-", "855-"));

      JdbcTemplate jdbc = hub.jdbc();
      Map<String, Object> interchange =
          jdbc.queryForMap(
              "select status, detail from interchange where control_number = '000000777'");
      assertThat(interchange.get("STATUS")).isEqualTo("ACCEPTED");
      assertThat((String) interchange.get("DETAIL"))
          .contains("TA1 024 (accepted with this error)", "TA1 001 (accepted with this error)");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from purchase_order where po_number = 'PO777'", Integer.class))
          .isEqualTo(1);
    }
  }
}
