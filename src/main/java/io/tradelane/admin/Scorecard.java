package io.tradelane.admin;

import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supplier scorecard: per configured partner, how we served the orders (850s) it sent in a
 * period of days (in the hub's time zone): 855s and 856s on time, documents accepted, fill rate, on
 * time, in full and the perfect order rate ({@link PartnerScore}). A partner without orders is
 * scored too, its rates null: no data, rather than 0 or 100 %. Measured as of the hub's clock: an
 * 855 or 856 whose window has not yet passed is pending, not late.
 */
public final class Scorecard {

  private final ScorecardQueries queries;
  private final PartnerDirectory partners;
  private final Clock clock;

  public Scorecard(JdbcTemplate jdbc, PartnerDirectory partners, Clock clock) {
    this.queries = new ScorecardQueries(jdbc);
    this.partners = partners;
    this.clock = clock;
  }

  /** Today in the hub's time zone. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /** The scores of a period, as of a moment. */
  record Card(LocalDate from, LocalDate to, Instant asOf, List<PartnerScore> partners) {

    /** As the console answers it. */
    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("from", from);
      json.put("to", to);
      json.put("asOf", asOf);
      json.put("partners", partners.stream().map(PartnerScore::json).toList());
      return json;
    }
  }

  /**
   * Every configured partner's score (by id) over the orders received from {@code from} to {@code
   * to}, both inclusive.
   */
  Card between(LocalDate from, LocalDate to) {
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    ScorecardQueries.Facts facts =
        queries.read(
            from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    Map<String, List<OrderFacts>> orders = byPartner(facts.orders(), OrderFacts::partnerId);
    Map<String, List<ShipmentFacts>> shipments =
        byPartner(facts.shipments(), ShipmentFacts::partnerId);
    Map<String, List<ScorecardQueries.Acknowledged>> acknowledged =
        byPartner(facts.acknowledged(), ScorecardQueries.Acknowledged::partnerId);
    List<PartnerScore> scores =
        partners.all().stream()
            .sorted((a, b) -> a.id().compareTo(b.id()))
            .map(
                (PartnerProfile p) ->
                    PartnerScore.of(
                        p,
                        orders.getOrDefault(p.id(), List.of()),
                        shipments.getOrDefault(p.id(), List.of()),
                        acknowledged.getOrDefault(p.id(), List.of()),
                        now,
                        zone))
            .toList();
    return new Card(from, to, now, scores);
  }

  private static <T> Map<String, List<T>> byPartner(List<T> rows, Function<T, String> partner) {
    return rows.stream().collect(Collectors.groupingBy(partner));
  }
}
