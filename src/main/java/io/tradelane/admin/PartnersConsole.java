package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.cpfr.CollaborationArrangement;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import io.tradelane.transport.Transport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partners as the console shows them, read from their profiles ({@code config/partners/}):
 * identifiers, X12 version and delimiters, transport, acknowledgements and their deadlines, the
 * CPFR arrangement, every setting (secrets shown as set, never their value), and what looks
 * misconfigured without stopping the hub: CPFR items not in our catalog, no item cross-references,
 * no acknowledgements sent or watched. Settings that would be wrong stop the hub at start, with
 * why.
 */
public final class PartnersConsole {

  private final PartnerDirectory partners;
  private final JdbcTemplate jdbc;
  private final ApiAnswers answers;

  public PartnersConsole(PartnerDirectory partners, JdbcTemplate jdbc, ApiAnswers answers) {
    this.partners = partners;
    this.jdbc = jdbc;
    this.answers = answers;
  }

  /** {@code GET /console/api/partners}: each partner in brief, with its problems. */
  public void list(Exchange exchange) throws Exception {
    List<Map<String, Object>> all = new ArrayList<>();
    for (PartnerProfile p : new TreeMap<>(byId()).values()) {
      Map<String, Object> brief = new LinkedHashMap<>();
      brief.put("id", p.id());
      brief.put("name", p.name());
      brief.put("version", p.version());
      brief.put("transport", Transport.of(p).name().toLowerCase(Locale.ROOT));
      brief.put("functionalAck", p.functionalAck());
      brief.put("cpfr", CollaborationArrangement.of(p).isPresent());
      brief.put("problems", problems(p));
      all.add(brief);
    }
    answers.answer(exchange, 200, all);
  }

  /** {@code GET /console/api/partners/{id}}: one partner's profile in full. */
  public void detail(@Header("id") String id, Exchange exchange) throws Exception {
    PartnerProfile p = byId().get(id);
    if (p == null) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no partner " + id)));
      return;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", p.id());
    d.put("name", p.name());
    d.put("isaQualifier", p.isaQualifier());
    d.put("isaId", p.isaId());
    d.put("gsId", p.gsId());
    d.put("version", p.version());
    Map<String, Object> delimiters = new LinkedHashMap<>();
    delimiters.put("element", String.valueOf(p.delimiters().element()));
    delimiters.put("segment", String.valueOf(p.delimiters().segment()));
    delimiters.put("component", String.valueOf(p.delimiters().component()));
    delimiters.put(
        "repetition",
        p.delimiters().hasRepetition() ? String.valueOf(p.delimiters().repetition()) : null);
    d.put("delimiters", delimiters);
    d.put("transport", Transport.of(p).name().toLowerCase(Locale.ROOT));
    d.put("functionalAck", p.functionalAck());
    d.put("ta1", p.ta1());
    d.put("backorders", p.backorders());
    d.put("ackDeadline", p.ackDeadlines().standard().map(Object::toString).orElse("none"));
    d.put("settings", shown(p.settings()));
    d.put("problems", problems(p));
    answers.answer(exchange, 200, d);
  }

  private Map<String, PartnerProfile> byId() {
    Map<String, PartnerProfile> all = new LinkedHashMap<>();
    partners.all().forEach(p -> all.put(p.id(), p));
    return all;
  }

  private List<String> problems(PartnerProfile p) {
    List<String> problems = new ArrayList<>();
    CollaborationArrangement.of(p)
        .ifPresent(
            a -> {
              Set<String> known =
                  new HashSet<>(jdbc.queryForList("select sku from item", String.class));
              a.items().stream()
                  .filter(sku -> !known.contains(sku))
                  .sorted()
                  .forEach(sku -> problems.add("cpfr.items names " + sku + ", not in our catalog"));
            });
    Integer xrefs =
        jdbc.queryForObject(
            "select count(*) from partner_item where partner_id = ?", Integer.class, p.id());
    if (xrefs == null || xrefs == 0) {
      problems.add("no item cross-references: its documents must name our items by UPC");
    }
    if (p.functionalAck().equals("none")) {
      problems.add("functional-ack none: it gets no 997/999 for what it sends");
    }
    if (p.ackDeadlines().standard().isEmpty()) {
      problems.add("ack.deadline none: its acknowledgements of what we send are not watched");
    }
    return problems;
  }

  /** The settings as written, secrets as "(set)". */
  private static Map<String, String> shown(Map<String, String> settings) {
    Map<String, String> shown = new TreeMap<>();
    settings.forEach(
        (k, v) -> {
          String key = k.toLowerCase(Locale.ROOT);
          boolean secret =
              key.contains("password") || key.contains("secret") || key.contains("private");
          shown.put(k, secret && !v.isEmpty() ? "(set)" : v);
        });
    return shown;
  }
}
