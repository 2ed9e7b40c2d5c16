package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading needs a viewer, CPFR changes a planner, every other change an admin. */
class ConsoleAccessTest {

  @Test
  void names_the_role_each_request_needs() {
    assertThat(ConsoleAccess.needed("GET", "/console/api/routes")).isEqualTo(Role.VIEWER);
    assertThat(ConsoleAccess.needed("HEAD", "/console/api/cpfr/acme")).isEqualTo(Role.VIEWER);
    assertThat(ConsoleAccess.needed("POST", "/console/api/cpfr/acme/resolve"))
        .isEqualTo(Role.PLANNER);
    assertThat(ConsoleAccess.needed("POST", "/console/api/routes/x/stop")).isEqualTo(Role.ADMIN);
    assertThat(ConsoleAccess.needed("DELETE", "/console/api/cpfr")).isEqualTo(Role.ADMIN);
    assertThat(Role.ADMIN.covers(Role.PLANNER)).isTrue();
    assertThat(Role.PLANNER.covers(Role.ADMIN)).isFalse();
    assertThat(Role.VIEWER.covers(Role.VIEWER)).isTrue();
  }
}
