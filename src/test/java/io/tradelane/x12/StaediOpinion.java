package io.tradelane.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A second, independent opinion on a document we send: StAEDI's validating reader, with our
 * definition of the set loaded as its transaction schema, reads the whole interchange (envelope and
 * counts included) and reports every segment and element error it finds.
 */
public final class StaediOpinion {

  /** The errors and the number of transaction sets StAEDI found. */
  public record Opinion(List<String> errors, int sets) {}

  private StaediOpinion() {}

  public static Opinion of(String text, String set, String version) throws Exception {
    Schema schema;
    try (InputStream xml =
        StaediOpinion.class
            .getClassLoader()
            .getResourceAsStream("x12/schemas/" + set + "-" + version + ".xml")) {
      schema = SchemaFactory.newFactory().createSchema(xml);
    }
    List<String> errors = new ArrayList<>();
    int sets = 0;
    try (EDIStreamReader reader =
        EDIInputFactory.newFactory()
            .createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "US-ASCII")) {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_TRANSACTION -> {
            reader.setTransactionSchema(schema);
            sets++;
          }
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
              errors.add(reader.getErrorType() + " " + reader.getLocation());
          default -> {}
        }
      }
    }
    return new Opinion(errors, sets);
  }
}
