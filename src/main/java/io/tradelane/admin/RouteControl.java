package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Route;
import org.apache.camel.spi.RouteError;

/**
 * Route control for admins: every route with its state and last error ({@code GET
 * /console/api/routes}), and stopping or starting one ({@code POST
 * /console/api/routes/{id}/stop|start}, recorded in the audit log). The console's own routes
 * ({@code console-*}) and the probes ({@code admin-*}) cannot be stopped from the console.
 */
public final class RouteControl {

  private final CamelContext camel;
  private final AuditLog audit;
  private final ApiAnswers answers;

  public RouteControl(CamelContext camel, AuditLog audit, ApiAnswers answers) {
    this.camel = camel;
    this.audit = audit;
    this.answers = answers;
  }

  public void list(Exchange exchange) throws Exception {
    List<Map<String, Object>> routes = new ArrayList<>();
    for (Route route : camel.getRoutes()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", route.getRouteId());
      r.put("status", camel.getRouteController().getRouteStatus(route.getRouteId()).name());
      r.put("from", route.getEndpoint().getEndpointBaseUri());
      RouteError error = route.getLastError();
      r.put(
          "lastError",
          error == null || error.getException() == null
              ? null
              : error.getPhase() + ": " + error.getException().getMessage());
      routes.add(r);
    }
    routes.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
    answers.answer(exchange, 200, routes);
  }

  public void change(
      @Header("id") String id,
      @Header("action") String action,
      @Header(ConsoleGate.USER) String user,
      Exchange exchange)
      throws Exception {
    if (camel.getRoute(id) == null) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no route " + id)));
      return;
    }
    if (id.startsWith("console-") || id.startsWith("admin-")) {
      answers.answer(
          exchange,
          409,
          Map.of("errors", List.of(id + " is one of the console's or probes' own routes")));
      return;
    }
    switch (action) {
      case "stop" -> camel.getRouteController().stopRoute(id);
      case "start" -> camel.getRouteController().startRoute(id);
      default -> {
        answers.answer(exchange, 404, Map.of("errors", List.of("no action " + action)));
        return;
      }
    }
    audit.record(user, "route-" + action, id, null);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("status", camel.getRouteController().getRouteStatus(id).name());
    answers.answer(exchange, 200, answer);
  }
}
