package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argon2id hashes in the PHC format: salted, verified, and nothing else verifies. */
class PasswordHashesTest {

  @Test
  void hashes_with_argon2id_and_verifies_only_the_same_password() {
    String hash = PasswordHashes.hash("correct horse battery staple");
    String again = PasswordHashes.hash("correct horse battery staple");

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(again);
    assertThat(PasswordHashes.verify("correct horse battery staple", hash)).isTrue();
    assertThat(PasswordHashes.verify("correct horse battery staplE", hash)).isFalse();
    assertThat(PasswordHashes.verify("correct horse battery staple", "$2a$10$notargon")).isFalse();
    assertThat(PasswordHashes.verify("x", hash.replace("m=19456", "m=abc"))).isFalse();
  }
}
