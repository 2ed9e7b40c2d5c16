package io.tradelane.cpfr;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.partner.PartnerDirectory;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The CPFR endpoints under {@code /api/cpfr} (basic authentication). {@code POST
 * /api/cpfr/{partner}/baseline} computes our baseline forecast for the partner as a new version:
 * 201 with what was stored, 404 for an unknown partner, 409 when it has no collaboration
 * arrangement.
 */
public final class CpfrApi {

  private final OurForecasts ourForecasts;
  private final PartnerDirectory partners;
  private final ApiAnswers answers;

  public CpfrApi(OurForecasts ourForecasts, PartnerDirectory partners, ApiAnswers answers) {
    this.ourForecasts = ourForecasts;
    this.partners = partners;
    this.answers = answers;
  }

  public void baseline(@Header("partner") String partner, Exchange exchange) throws Exception {
    if (partners.byId(partner).isEmpty()) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no partner " + partner)));
      return;
    }
    try {
      answers.answer(exchange, 201, ourForecasts.compute(partner));
    } catch (IllegalArgumentException e) {
      answers.answer(exchange, 409, Map.of("errors", List.of(e.getMessage())));
    }
  }
}
