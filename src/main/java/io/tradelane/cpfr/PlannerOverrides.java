package io.tradelane.cpfr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.backoffice.InputRejected;
import io.tradelane.exchange.HubEvents;
import io.tradelane.partner.PartnerDirectory;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planners' overrides of our forecast, uploaded as CSV ({@code sku,location,week,quantity,reason})
 * or JSON ({@code {"overrides": [{"sku", "location", "week", "quantity", "reason"}]}}): each sets
 * the quantity of one of our items at one of the partner's locations in one week (a Monday within
 * the arrangement's horizon from next week). An upload is checked whole (every error named by row)
 * and applied whole: its overrides are recorded with the planner and the time, and our forecast
 * gets a new version with every standing override applied ({@link OurForecasts}). The latest
 * override of a bucket stands; the earlier ones are kept as its history.
 */
public final class PlannerOverrides {

  /** A weekly bucket of one of our items at one of the partner's locations. */
  record Bucket(String sku, String location, LocalDate week) implements Comparable<Bucket> {
    @Override
    public int compareTo(Bucket o) {
      int c = sku.compareTo(o.sku);
      c = c != 0 ? c : location.compareTo(o.location);
      return c != 0 ? c : week.compareTo(o.week);
    }
  }

  /** An override as uploaded, before it is checked; {@code row} names it in errors. */
  record Request(
      String row, String sku, String location, String week, String quantity, String reason) {}

  /** What an upload applied: how many overrides, and the version of our forecast they made. */
  public record Applied(String partner, int overrides, OurForecasts.Computed forecast) {}

  private static final int MAX_REASON = 500;

  private final TransactionTemplate tx;
  private final JdbcTemplate jdbc;
  private final PartnerDirectory partners;
  private final OurForecasts ourForecasts;
  private final HubEvents events;
  private final ObjectMapper json;
  private final Clock clock;

  public PlannerOverrides(
      TransactionTemplate tx,
      JdbcTemplate jdbc,
      PartnerDirectory partners,
      OurForecasts ourForecasts,
      HubEvents events,
      ObjectMapper json,
      Clock clock) {
    this.tx = tx;
    this.jdbc = jdbc;
    this.partners = partners;
    this.ourForecasts = ourForecasts;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** The overrides of an upload, read from CSV (with its header line) or JSON. */
  List<Request> read(String body, boolean csv) {
    if (body == null || body.isBlank()) {
      throw new InputRejected(List.of("upload: no overrides"));
    }
    return csv ? csv(body) : json(body);
  }

  /**
   * Checks and applies an upload, all or nothing.
   *
   * @throws InputRejected listing every error, nothing applied
   * @throws IllegalArgumentException when the partner has no collaboration arrangement
   * @throws IllegalStateException when there is no forecast of ours yet
   */
  public Applied upload(String partnerId, List<Request> requests, String planner, String upload) {
    CollaborationArrangement arrangement =
        CollaborationArrangement.require(partners.require(partnerId));
    LocalDate firstWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
    LocalDate end = firstWeek.plusWeeks(arrangement.horizonWeeks());
    Map<Bucket, BigDecimal> checked = new LinkedHashMap<>();
    Map<Bucket, String> reasons = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    Set<String> known = new HashSet<>(jdbc.queryForList("select sku from item", String.class));
    if (requests.isEmpty()) {
      errors.add("upload: no overrides");
    }
    for (Request r : requests) {
      int before = errors.size();
      String sku = required(r.sku(), r.row() + ", sku", errors);
      if (sku != null && !known.contains(sku)) {
        errors.add(r.row() + ", sku: " + sku + " is not in the catalog");
      } else if (sku != null && !arrangement.coversItem(sku)) {
        errors.add(r.row() + ", sku: " + sku + " is not in the arrangement with " + partnerId);
      }
      String location = required(r.location(), r.row() + ", location", errors);
      if (location != null && !arrangement.coversLocation(location)) {
        errors.add(
            r.row() + ", location: " + location + " is not in the arrangement with " + partnerId);
      }
      LocalDate week = week(r.week(), r.row() + ", week", firstWeek, end, errors);
      BigDecimal quantity = quantity(r.quantity(), r.row() + ", quantity", errors);
      String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
      if (reason != null && reason.length() > MAX_REASON) {
        errors.add(r.row() + ", reason: longer than " + MAX_REASON + " characters");
      }
      if (errors.size() > before) {
        continue;
      }
      Bucket bucket = new Bucket(sku, location, week);
      if (checked.putIfAbsent(bucket, quantity) != null) {
        errors.add(r.row() + ": " + sku + " at " + location + " in the week of " + week + " twice");
      }
      reasons.put(bucket, reason);
    }
    if (!errors.isEmpty()) {
      throw new InputRejected(errors);
    }
    Applied applied =
        tx.execute(
            status -> {
              Timestamp now = Timestamp.from(clock.instant());
              List<Object[]> rows = new ArrayList<>();
              checked.forEach(
                  (b, quantity) ->
                      rows.add(
                          new Object[] {
                            partnerId,
                            b.sku(),
                            b.location(),
                            Date.valueOf(b.week()),
                            quantity,
                            reasons.get(b),
                            planner,
                            now,
                            upload
                          }));
              jdbc.batchUpdate(
                  "insert into cpfr_override (partner_id, sku, location, week_start, quantity,"
                      + " reason, planner, entered_at, upload) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  rows);
              return new Applied(
                  partnerId, rows.size(), ourForecasts.withOverrides(partnerId, arrangement));
            });
    events.record(
        HubEvents.Severity.INFO,
        "forecast-overridden",
        partnerId,
        "our forecast v" + applied.forecast().version(),
        planner + " overrode " + applied.overrides() + " buckets (" + upload + ")");
    return applied;
  }

  /**
   * The partner's overrides, newest first: those standing (the latest of each bucket from this week
   * on), or with {@code all} every one ever entered.
   */
  public List<Map<String, Object>> list(String partnerId, boolean all) {
    LocalDate thisWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String standing =
        " and o.week_start >= ? and o.id = (select max(l.id) from cpfr_override l"
            + " where l.partner_id = o.partner_id and l.sku = o.sku and l.location = o.location"
            + " and l.week_start = o.week_start)";
    String sql =
        "select o.id, o.sku, o.location, o.week_start as week, o.quantity, o.reason, o.planner,"
            + " o.entered_at, o.upload from cpfr_override o where o.partner_id = ?"
            + (all ? "" : standing)
            + " order by o.id desc";
    List<Map<String, Object>> rows =
        all
            ? jdbc.queryForList(sql, partnerId)
            : jdbc.queryForList(sql, partnerId, Date.valueOf(thisWeek));
    return ApiAnswers.columns(rows);
  }

  /** The standing override of each bucket of weeks from {@code from} until before {@code until}. */
  static Map<Bucket, BigDecimal> standing(
      JdbcTemplate jdbc, String partnerId, LocalDate from, LocalDate until) {
    Map<Bucket, BigDecimal> standing = new TreeMap<>();
    jdbc.query(
        "select sku, location, week_start, quantity from cpfr_override where partner_id = ?"
            + " and week_start >= ? and week_start < ? order by id",
        rs -> {
          standing.put(
              new Bucket(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
              rs.getBigDecimal(4));
        },
        partnerId,
        Date.valueOf(from),
        Date.valueOf(until));
    return standing;
  }

  private List<Request> csv(String body) {
    CsvMapper mapper = new CsvMapper();
    List<Request> requests = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(body)) {
      List<String> header = new ArrayList<>();
      ((CsvSchema) rows.getParser().getSchema()).forEach(c -> header.add(c.getName()));
      if (!header.containsAll(List.of("sku", "location", "week", "quantity"))) {
        throw new InputRejected(
            List.of(
                "header: sku,location,week,quantity[,reason], not " + String.join(",", header)));
      }
      int line = 1;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        line++;
        requests.add(
            new Request(
                "row " + line,
                row.get("sku"),
                row.get("location"),
                row.get("week"),
                row.get("quantity"),
                row.get("reason")));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputRejected rejected) {
        throw rejected;
      }
      throw new InputRejected(List.of("upload: not CSV: " + e.getMessage()));
    }
    return requests;
  }

  private List<Request> json(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InputRejected(List.of("upload: not JSON: " + e.getOriginalMessage()));
    }
    JsonNode overrides = root.path("overrides");
    if (!overrides.isArray()) {
      throw new InputRejected(List.of("overrides: a list of overrides"));
    }
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < overrides.size(); i++) {
      JsonNode o = overrides.get(i);
      requests.add(
          new Request(
              "overrides[" + i + "]",
              text(o, "sku"),
              text(o, "location"),
              text(o, "week"),
              text(o, "quantity"),
              text(o, "reason")));
    }
    return requests;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String required(String value, String where, List<String> errors) {
    if (value == null || value.isBlank()) {
      errors.add(where + ": missing");
      return null;
    }
    return value.strip();
  }

  private static LocalDate week(
      String value, String where, LocalDate first, LocalDate end, List<String> errors) {
    String text = required(value, where, errors);
    if (text == null) {
      return null;
    }
    try {
      LocalDate week = LocalDate.parse(text);
      if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
        errors.add(where + ": " + text + " is not a Monday");
        return null;
      }
      if (week.isBefore(first) || !week.isBefore(end)) {
        errors.add(
            where + ": " + text + " is outside the horizon, " + first + " to " + end.minusWeeks(1));
        return null;
      }
      return week;
    } catch (DateTimeParseException e) {
      errors.add(where + ": '" + text + "' is not a date (2026-12-07)");
      return null;
    }
  }

  private static BigDecimal quantity(String value, String where, List<String> errors) {
    String text = required(value, where, errors);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal quantity = new BigDecimal(text);
      if (quantity.signum() < 0) {
        errors.add(where + ": " + text + " is negative");
        return null;
      }
      return quantity;
    } catch (NumberFormatException e) {
      errors.add(where + ": '" + text + "' is not a number");
      return null;
    }
  }
}
