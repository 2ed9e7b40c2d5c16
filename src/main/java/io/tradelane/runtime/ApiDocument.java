package io.tradelane.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Headers;

/**
 * Answers {@code GET /api/openapi.yaml} with the OpenAPI document of the hub's HTTP API ({@code
 * openapi/tradelane-api.yaml} on the classpath), read once.
 */
public final class ApiDocument {

  /** Where the document is on the classpath. */
  public static final String RESOURCE = "openapi/tradelane-api.yaml";

  private final String document;

  public ApiDocument() {
    try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the classpath");
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public String answer(@Headers Map<String, Object> headers) {
    headers.put(Exchange.HTTP_RESPONSE_CODE, 200);
    headers.put(Exchange.CONTENT_TYPE, "application/yaml");
    return document;
  }
}
