package io.tradelane.transport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Partners' SFTP passwords are kept only as salted PBKDF2-HMAC-SHA256 hashes, written {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64): in a partner profile ({@code
 * sftp.password-hash}) or in the hub's own file of generated demo passwords. {@code java -cp
 * target/tradelane.jar io.tradelane.transport.SftpPasswords} makes the hash of a password read from
 * standard input.
 */
public final class SftpPasswords {

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int ITERATIONS = 210_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SftpPasswords() {}

  /** The hash of a password, with a new random salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + ITERATIONS
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /** Whether the password matches the hash (in constant time); false for a malformed hash. */
  public static boolean matches(char[] password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a text is a hash this class can check. */
  public static boolean isHash(String text) {
    return text.startsWith(SCHEME + "$") && text.split("\\$").length == 4;
  }

  /** A random password for a generated demo account: 24 URL-safe characters. */
  public static String randomPassword() {
    byte[] secret = new byte[18];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password, salt, iterations, 256))
          .getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JVM", e);
    }
  }

  /** Prints the hash of the password given on standard input (one line), for a partner profile. */
  public static void main(String[] args) throws java.io.IOException {
    String line =
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, "UTF-8")).readLine();
    if (line == null || line.isEmpty()) {
      System.err.println("give the password on standard input");
      System.exit(2);
    }
    System.out.println(hash(line.toCharArray()));
  }
}
