package io.tradelane.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Headers;
import org.apache.camel.Route;

/**
 * Answers {@code GET /health}: 200 once every route has started and the database and broker answer,
 * 503 with what is not ready otherwise.
 */
public final class HubHealth {

  private final CamelContext camel;
  private final DataSource dataSource;
  private final EmbeddedBroker broker;

  /**
   * @param broker the embedded broker, or null when an external one is configured
   */
  public HubHealth(CamelContext camel, DataSource dataSource, EmbeddedBroker broker) {
    this.camel = camel;
    this.dataSource = dataSource;
    this.broker = broker;
  }

  public String check(@Headers Map<String, Object> headers) {
    String problem = problem();
    headers.put(Exchange.HTTP_RESPONSE_CODE, problem == null ? 200 : 503);
    headers.put(Exchange.CONTENT_TYPE, "application/json");
    return problem == null
        ? "{\"status\":\"UP\"}"
        : "{\"status\":\"DOWN\",\"reason\":\"" + problem.replace("\"", "'") + "\"}";
  }

  private String problem() {
    if (!camel.isStarted()) {
      return "starting";
    }
    for (Route route : camel.getRoutes()) {
      if (!camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted()) {
        return "route " + route.getRouteId() + " is not started";
      }
    }
    if (broker != null && !broker.isActive()) {
      return "broker is not active";
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2) ? null : "database does not answer";
    } catch (SQLException e) {
      return "database: " + e.getMessage();
    }
  }
}
