package io.tradelane.cpfr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.admin.ConsoleGate;
import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.exchange.Dispatch;
import io.tradelane.partner.PartnerDirectory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The CPFR endpoints under {@code /api/cpfr} (basic authentication; the planner is the user who
 * logged in):
 *
 * <ul>
 *   <li>{@code POST /api/cpfr/{partner}/baseline}: computes our baseline forecast as a new version
 *       (201);
 *   <li>{@code POST /api/cpfr/{partner}/overrides}: planners' overrides of our forecast, CSV
 *       ({@code text/csv}) or JSON, applied as a new version (201; 400 with every error, nothing
 *       applied; 409 before the first baseline) ({@link PlannerOverrides});
 *   <li>{@code GET /api/cpfr/{partner}/overrides[?all=true]}: the standing overrides (or all);
 *   <li>{@code POST /api/cpfr/{partner}/exceptions/run}: an exception run (200, what it opened);
 *   <li>{@code POST /api/cpfr/{partner}/consensus}: agrees the consensus forecast and sends it as
 *       an 830 (201; 409 while exceptions are open);
 *   <li>{@code GET /api/cpfr/{partner}/exceptions?status=OPEN}: the exceptions, with comments;
 *   <li>{@code GET /api/cpfr/{partner}/accuracy}: each side's forecast accuracy, in-stock and fill
 *       rate by week ({@link Accuracy});
 *   <li>{@code POST /api/cpfr/exceptions/{id}/comments} {@code {"text": ...}} (201);
 *   <li>{@code POST /api/cpfr/exceptions/{id}/resolve} {@code {"take": "partner" | "ours" |
 *       "override" | "noted", "quantity": ...}} (200; 409 when not open).
 * </ul>
 *
 * An unknown partner is 404, a partner without collaboration arrangement 409, a bad request 400
 * with every error.
 */
public final class CpfrApi {

  private final OurForecasts ourForecasts;
  private final PlannerOverrides overrides;
  private final Consensus consensus;
  private final ExceptionRun exceptionRun;
  private final CpfrExceptions exceptions;
  private final Accuracy accuracy;
  private final PartnerDirectory partners;
  private final ApiAnswers answers;
  private final ObjectMapper json;

  public CpfrApi(
      OurForecasts ourForecasts,
      PlannerOverrides overrides,
      Consensus consensus,
      ExceptionRun exceptionRun,
      CpfrExceptions exceptions,
      Accuracy accuracy,
      PartnerDirectory partners,
      ApiAnswers answers,
      ObjectMapper json) {
    this.ourForecasts = ourForecasts;
    this.overrides = overrides;
    this.consensus = consensus;
    this.exceptionRun = exceptionRun;
    this.exceptions = exceptions;
    this.accuracy = accuracy;
    this.partners = partners;
    this.answers = answers;
    this.json = json;
  }

  public void baseline(@Header("partner") String partner, Exchange exchange) throws Exception {
    if (known(partner, exchange)) {
      try {
        answers.answer(exchange, 201, ourForecasts.compute(partner));
      } catch (IllegalArgumentException e) {
        answers.answer(exchange, 409, Map.of("errors", List.of(e.getMessage())));
      }
    }
  }

  public void override(
      @Header("partner") String partner,
      @Header("Content-Type") String contentType,
      @Body String body,
      Exchange exchange)
      throws Exception {
    if (!known(partner, exchange)) {
      return;
    }
    boolean csv =
        contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
    try {
      PlannerOverrides.Applied applied =
          overrides.upload(
              partner, overrides.read(body, csv), planner(exchange), csv ? "csv" : "json");
      answers.answer(exchange, 201, applied);
    } catch (InputRejected e) {
      answers.answer(exchange, 400, Map.of("errors", e.errors()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      answers.answer(exchange, 409, Map.of("errors", List.of(e.getMessage())));
    }
  }

  public void overrides(
      @Header("partner") String partner, @Header("all") String all, Exchange exchange)
      throws Exception {
    if (known(partner, exchange)) {
      answers.answer(exchange, 200, overrides.list(partner, "true".equalsIgnoreCase(all)));
    }
  }

  /**
   * @return the delivery of the consensus 830 to hand on (empty when refused)
   */
  public List<Dispatch> consensus(@Header("partner") String partner, Exchange exchange)
      throws Exception {
    if (!known(partner, exchange)) {
      return List.of();
    }
    try {
      Map.Entry<Consensus.Agreed, List<Dispatch>> agreed =
          consensus.agree(partner, planner(exchange));
      answers.answer(exchange, 201, agreed.getKey());
      return agreed.getValue();
    } catch (IllegalArgumentException | Consensus.ExceptionsOpen e) {
      answers.answer(exchange, 409, Map.of("errors", List.of(e.getMessage())));
      return List.of();
    }
  }

  public void accuracy(@Header("partner") String partner, Exchange exchange) throws Exception {
    if (known(partner, exchange)) {
      answers.answer(exchange, 200, accuracy.weekly(partner));
    }
  }

  public void run(@Header("partner") String partner, Exchange exchange) throws Exception {
    if (known(partner, exchange)) {
      try {
        answers.answer(exchange, 200, exceptionRun.run(partner));
      } catch (IllegalArgumentException e) {
        answers.answer(exchange, 409, Map.of("errors", List.of(e.getMessage())));
      }
    }
  }

  public void list(
      @Header("partner") String partner, @Header("status") String status, Exchange exchange)
      throws Exception {
    if (known(partner, exchange)) {
      String wanted = status == null ? "" : status.toUpperCase(Locale.ROOT);
      answers.answer(exchange, 200, ApiAnswers.columns(exceptions.list(partner, wanted)));
    }
  }

  public void comment(@Header("id") String id, @Body String body, Exchange exchange)
      throws Exception {
    try {
      JsonNode request = json.readTree(body == null || body.isBlank() ? "{}" : body);
      exceptions.comment(number(id), planner(exchange), request.path("text").asText(null));
      answers.answer(exchange, 201, Map.of("exception", number(id)));
    } catch (InputRejected e) {
      refuse(exchange, e);
    }
  }

  public void resolve(@Header("id") String id, @Body String body, Exchange exchange)
      throws Exception {
    try {
      JsonNode request = json.readTree(body == null || body.isBlank() ? "{}" : body);
      CpfrExceptions.Take take;
      try {
        take =
            CpfrExceptions.Take.valueOf(request.path("take").asText("").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InputRejected(List.of("take: partner, ours, override or noted"));
      }
      BigDecimal quantity =
          request.hasNonNull("quantity") ? request.get("quantity").decimalValue() : null;
      if (take == CpfrExceptions.Take.OVERRIDE && quantity == null) {
        throw new InputRejected(List.of("quantity: required to override"));
      }
      BigDecimal agreed = exceptions.resolve(number(id), take, quantity, planner(exchange));
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("exception", number(id));
      answer.put("resolution", take.name());
      answer.put("quantity", agreed);
      answers.answer(exchange, 200, answer);
    } catch (InputRejected e) {
      refuse(exchange, e);
    }
  }

  private void refuse(Exchange exchange, InputRejected e) throws Exception {
    int status = e.getMessage().endsWith("is not open") ? 409 : 400;
    answers.answer(exchange, status, Map.of("errors", e.errors()));
  }

  private boolean known(String partner, Exchange exchange) throws Exception {
    if (partners.byId(partner).isPresent()) {
      return true;
    }
    answers.answer(exchange, 404, Map.of("errors", List.of("no partner " + partner)));
    return false;
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new InputRejected(List.of("no exception " + id));
    }
  }

  /**
   * The user who logged in: the console's, set by its gate, or the API's (basic authentication,
   * checked by the HTTP server before this). Neither header can come from a request: the HTTP
   * server drops Camel's own headers, and the console's gate removes them first.
   */
  static String planner(Exchange exchange) {
    String consoleUser = exchange.getMessage().getHeader(ConsoleGate.USER, String.class);
    if (consoleUser != null) {
      return consoleUser;
    }
    String authorization = exchange.getMessage().getHeader("Authorization", String.class);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return "unknown";
    }
    String credentials =
        new String(
            Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    int colon = credentials.indexOf(':');
    return colon < 0 ? credentials : credentials.substring(0, colon);
  }
}
