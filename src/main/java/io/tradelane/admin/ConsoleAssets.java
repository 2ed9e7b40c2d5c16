package io.tradelane.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Message;

/**
 * The console's pages, scripts and styles, from the jar: {@code GET /console/app} (the console,
 * behind the gate), {@code GET /console/login} (the sign-in page) and {@code GET
 * /console/assets/{name}} (a file of {@code console/} in the jar, or {@code chart.umd.js} from the
 * Chart.js web jar). Names are single plain file names: nothing outside those folders can be asked
 * for. Every answer forbids scripts and styles from anywhere but the hub, and framing.
 */
public final class ConsoleAssets {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}\\.(js|css|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "html", "text/html; charset=utf-8");
  private static final String POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";
  private static final String CHART = "chart.umd.js";

  private final String chartPath;

  public ConsoleAssets() {
    this.chartPath =
        "META-INF/resources/webjars/chart.js/" + webJarVersion("chart.js") + "/dist/" + CHART;
  }

  /** {@code GET /console/app}: the console's one page. */
  public void app(Exchange exchange) {
    serve(exchange, "console/app.html", "html");
  }

  /** {@code GET /console/login}: the sign-in page. */
  public void login(Exchange exchange) {
    serve(exchange, "console/login.html", "html");
  }

  /** {@code GET /console/assets/{name}}. */
  public void asset(@Header("name") String name, Exchange exchange) {
    if (CHART.equals(name)) {
      serve(exchange, chartPath, "js");
    } else if (name != null && NAME.matcher(name).matches()) {
      serve(exchange, "console/" + name, name.substring(name.lastIndexOf('.') + 1));
    } else {
      notFound(exchange);
    }
  }

  private void serve(Exchange exchange, String resource, String type) {
    byte[] content;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        notFound(exchange);
        return;
      }
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Message out = exchange.getMessage();
    out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    out.setHeader(Exchange.CONTENT_TYPE, TYPES.get(type));
    out.setHeader("Cache-Control", type.equals("html") ? "no-store" : "no-cache");
    secure(out);
    out.setBody(content);
  }

  private static void notFound(Exchange exchange) {
    Message out = exchange.getMessage();
    out.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
    out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
    secure(out);
    out.setBody("not found");
  }

  /** The headers every console answer carries against injected content and framing. */
  static void secure(Message out) {
    out.setHeader("Content-Security-Policy", POLICY);
    out.setHeader("X-Content-Type-Options", "nosniff");
    out.setHeader("X-Frame-Options", "DENY");
    out.setHeader("Referrer-Policy", "no-referrer");
  }

  private static String webJarVersion(String artifact) {
    String file = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " web jar is not on the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
