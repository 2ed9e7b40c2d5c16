package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading needs a viewer (the users: an admin), CPFR changes a planner, other changes an admin. */
class ConsoleAccessTest {

  @Test
  void names_the_role_each_request_needs() {
    assertThat(ConsoleAccess.needed("GET", "/console/api/routes")).isEqualTo(Role.VIEWER);
    assertThat(ConsoleAccess.needed("HEAD", "/console/api/cpfr/acme")).isEqualTo(Role.VIEWER);
    assertThat(ConsoleAccess.needed("POST", "/console/api/cpfr/acme/resolve"))
        .isEqualTo(Role.PLANNER);
    assertThat(ConsoleAccess.needed("POST", "/console/api/routes/x/stop")).isEqualTo(Role.ADMIN);
    assertThat(ConsoleAccess.needed("DELETE", "/console/api/cpfr")).isEqualTo(Role.ADMIN);
    assertThat(ConsoleAccess.needed("GET", "/console/api/users")).isEqualTo(Role.ADMIN);
    assertThat(ConsoleAccess.needed("GET", "/console/app")).isEqualTo(Role.VIEWER);
    assertThat(Role.ADMIN.covers(Role.PLANNER)).isTrue();
    assertThat(Role.PLANNER.covers(Role.ADMIN)).isFalse();
    assertThat(Role.VIEWER.covers(Role.VIEWER)).isTrue();
  }
}
