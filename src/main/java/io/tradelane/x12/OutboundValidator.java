package io.tradelane.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-reads a rendered interchange with the schemas of what we send (855, 997, 999 under {@code
 * x12/schemas/}) and lists what is wrong with it; an empty list means it may be sent.
 */
public final class OutboundValidator {

  private final InterchangeReader reader = new InterchangeReader();

  /** Every error found in {@code interchange}, described; empty when it is valid. */
  public List<String> validate(String interchange) {
    List<String> errors = new ArrayList<>();
    int[] count = {0};
    try {
      reader.read(
          new ByteArrayInputStream(interchange.getBytes(StandardCharsets.ISO_8859_1)),
          i -> {
            count[0]++;
            errors.addAll(i.describeErrors());
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (count[0] != 1) {
      errors.add("expected one interchange, found " + count[0]);
    }
    return errors;
  }
}
