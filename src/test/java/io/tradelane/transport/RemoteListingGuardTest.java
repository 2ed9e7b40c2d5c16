package io.tradelane.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteListingGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../po.edi",
        "..",
        ".",
        "sub/po.edi",
        "sub/../../po.edi",
        "/etc/passwd",
        "..\\po.edi",
        "c:\\po.edi",
        "po\n.edi",
        ""
      })
  void refuses_names_that_lead_out_of_the_folder(String name) {
    assertThat(RemoteListingGuard.refusal(name, null)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"po.edi", "PO 2026-11-22.x12", "a..b.edi", "850_4500012345.edi.part"})
  void takes_plain_names(String name) {
    assertThat(RemoteListingGuard.refusal(name, null)).isEmpty();
  }
}
