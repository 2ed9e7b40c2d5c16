package io.tradelane.cpfr;

import io.tradelane.exchange.HubEvents;
import io.tradelane.partner.PartnerDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An exception run for a partner: compares its latest forecast version with our latest, bucket by
 * bucket, and its latest stock report, against the arrangement's criteria, and opens an exception
 * for each breach not already open:
 *
 * <ul>
 *   <li>{@code FORECAST_VARIANCE}: |partner - ours| / ours above {@code forecast-variance} % (ours
 *       0 and the partner's above 0 counts as 100 %); HIGH when at least twice the threshold or
 *       inside the frozen weeks, MEDIUM otherwise. Buckets only one side forecasts are not
 *       compared.
 *   <li>{@code IN_STOCK}: the share of the partner's reporting locations with stock on hand of an
 *       item, in the latest week it reported stock (each location's latest 852 of the week), below
 *       {@code in-stock} % (location {@code *}); HIGH below half the threshold, MEDIUM otherwise.
 * </ul>
 *
 * <li>{@code FORECAST_ERROR} and {@code FORECAST_BIAS}, for each side ({@code side} PARTNER or
 *     OURS): the MAPE of its forecasts of an item at a location over the last {@code mape-weeks}
 *     weeks with actuals above {@code mape} %, or their bias beyond ± {@code bias} % ({@link
 *     ForecastErrors}); the exception's week is the window's last, its values the partner's and our
 *     figure; HIGH from twice the threshold, MEDIUM otherwise. They are resolved as noted.
 * </ul>
 */
public final class ExceptionRun {

  /** What a run opened. */
  public record Opened(
      String partner, int forecastVariance, int inStock, int forecastError, int forecastBias) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final HubEvents events;
  private final Clock clock;
  private final StockOnHand stock;
  private final Breaches breaches;
  private final AccuracyCriteria accuracyCriteria;

  public ExceptionRun(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      HubEvents events,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.partners = partners;
    this.events = events;
    this.clock = clock;
    this.stock = new StockOnHand(jdbc);
    this.breaches = new Breaches(jdbc, clock);
    this.accuracyCriteria =
        new AccuracyCriteria(new ForecastErrors(new Accuracy(jdbc)), breaches, clock);
  }

  /**
   * @throws IllegalArgumentException when the partner has no collaboration arrangement
   */
  public Opened run(String partnerId) {
    CollaborationArrangement arrangement =
        CollaborationArrangement.require(partners.require(partnerId));
    return tx.execute(
        status -> {
          int variance = forecastVariance(partnerId, arrangement);
          int inStock = inStock(partnerId, arrangement);
          int[] accuracy = accuracyCriteria.open(partnerId, arrangement);
          events.record(
              HubEvents.Severity.INFO,
              "cpfr-exceptions-run",
              partnerId,
              "exception run",
              variance
                  + " forecast variance, "
                  + inStock
                  + " in-stock, "
                  + accuracy[0]
                  + " forecast error and "
                  + accuracy[1]
                  + " forecast bias exceptions opened");
          return new Opened(partnerId, variance, inStock, accuracy[0], accuracy[1]);
        });
  }

  private int forecastVariance(String partnerId, CollaborationArrangement arrangement) {
    Long partnerForecast = latest("partner_forecast", partnerId);
    Long ourForecast = latest("our_forecast", partnerId);
    if (partnerForecast == null || ourForecast == null) {
      return 0;
    }
    LocalDate frozenUntil =
        jdbc.queryForObject(
                "select first_week from our_forecast where id = ?", Date.class, ourForecast)
            .toLocalDate()
            .plusWeeks(arrangement.frozenWeeks());
    BigDecimal threshold = arrangement.criteria().forecastVariance();
    int opened = 0;
    for (Map<String, Object> b :
        jdbc.queryForList(
            "select p.sku, p.location, p.week_start, p.quantity as theirs, o.quantity as ours"
                + " from partner_forecast_line p join our_forecast_line o on o.sku = p.sku"
                + " and o.location = p.location and o.week_start = p.week_start"
                + " where p.forecast_id = ? and o.forecast_id = ? order by p.sku, p.location,"
                + " p.week_start",
            partnerForecast,
            ourForecast)) {
      BigDecimal theirs = (BigDecimal) b.get("THEIRS");
      BigDecimal ours = (BigDecimal) b.get("OURS");
      BigDecimal variance =
          ours.signum() == 0
              ? (theirs.signum() == 0 ? BigDecimal.ZERO : HUNDRED)
              : theirs.subtract(ours).abs().multiply(HUNDRED).divide(ours, 3, RoundingMode.HALF_UP);
      if (variance.compareTo(threshold) <= 0) {
        continue;
      }
      LocalDate week = ((Date) b.get("WEEK_START")).toLocalDate();
      String priority =
          variance.compareTo(threshold.multiply(TWO)) >= 0 || week.isBefore(frozenUntil)
              ? "HIGH"
              : "MEDIUM";
      opened +=
          breaches.open(
              new Breaches.Breach(
                  partnerId,
                  "FORECAST_VARIANCE",
                  null,
                  (String) b.get("SKU"),
                  (String) b.get("LOCATION"),
                  week,
                  theirs,
                  ours,
                  variance,
                  threshold,
                  priority,
                  partnerForecast,
                  ourForecast));
    }
    return opened;
  }

  private int inStock(String partnerId, CollaborationArrangement arrangement) {
    Optional<LocalDate> latest = stock.latestWeek(partnerId);
    if (latest.isEmpty()) {
      return 0;
    }
    LocalDate week = latest.get();
    BigDecimal threshold = arrangement.criteria().inStock();
    int opened = 0;
    for (Map.Entry<String, StockOnHand.Coverage> item : stock.bySku(partnerId, week).entrySet()) {
      BigDecimal locations = BigDecimal.valueOf(item.getValue().locations());
      BigDecimal stocked = BigDecimal.valueOf(item.getValue().stocked());
      BigDecimal share = stocked.multiply(HUNDRED).divide(locations, 3, RoundingMode.HALF_UP);
      if (share.compareTo(threshold) >= 0) {
        continue;
      }
      String priority =
          share.compareTo(threshold.divide(TWO, 3, RoundingMode.HALF_UP)) < 0 ? "HIGH" : "MEDIUM";
      opened +=
          breaches.open(
              new Breaches.Breach(
                  partnerId,
                  "IN_STOCK",
                  null,
                  item.getKey(),
                  "*",
                  week,
                  null,
                  null,
                  share,
                  threshold,
                  priority,
                  null,
                  null));
    }
    return opened;
  }

  private Long latest(String table, String partnerId) {
    return jdbc.queryForObject(
        "select max(id) from " + table + " where partner_id = ?", Long.class, partnerId);
  }
}
