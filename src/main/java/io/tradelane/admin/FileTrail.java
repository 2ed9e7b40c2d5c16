package io.tradelane.admin;

import io.tradelane.backoffice.ApiAnswers;
import io.tradelane.exchange.InboundFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The files partners delivered, for the console: a search (by mailbox, outcome, dates), and one
 * file with what the hub made of it: its interchanges and how each was judged, the transaction sets
 * it took in, the replays that took it in again, and the start of its bytes. A file the hub
 * rejected whole (no interchange it could accept) shows here rather than among the documents, which
 * are transaction sets.
 */
public final class FileTrail {

  private static final int LIMIT = 200;

  /** How much of a file's bytes its page shows. */
  static final int SHOWN_BYTES = 64 * 1024;

  private final JdbcTemplate jdbc;
  private final InboundFiles files;
  private final ApiAnswers answers;

  public FileTrail(JdbcTemplate jdbc, InboundFiles files, ApiAnswers answers) {
    this.jdbc = jdbc;
    this.files = files;
    this.answers = answers;
  }

  /**
   * What became of a file, from its interchanges' verdicts: RECEIVED (being read), ACCEPTED (every
   * interchange accepted), PARTIAL (some of it rejected) or REJECTED (nothing taken in: no
   * interchange found, or every one rejected or a duplicate).
   */
  static final String OUTCOME =
      "case when f.status = 'RECEIVED' then 'RECEIVED' when not exists (select 1 from interchange"
          + " i where i.inbound_file_id = f.id and i.status in ('ACCEPTED', 'PARTIAL')) then"
          + " 'REJECTED' when exists (select 1 from interchange i where i.inbound_file_id = f.id"
          + " and i.status not in ('ACCEPTED')) then 'PARTIAL' else 'ACCEPTED' end";

  /**
   * {@code GET /console/api/files?partner&outcome&from&to}: the latest files first, each with its
   * outcome.
   */
  public void search(
      @Header("partner") String partner,
      @Header("outcome") String outcome,
      @Header("from") String from,
      @Header("to") String to,
      Exchange exchange)
      throws Exception {
    List<String> errors = new ArrayList<>();
    LocalDate since = ConsoleDates.parse(from, "from", errors);
    LocalDate until = ConsoleDates.parse(to, "to", errors);
    String state = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT);
    if (!state.isEmpty()
        && !List.of("RECEIVED", "ACCEPTED", "PARTIAL", "REJECTED").contains(state)) {
      errors.add("outcome: RECEIVED, ACCEPTED, PARTIAL or REJECTED");
    }
    if (!errors.isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", errors));
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "select * from (select f.id, f.mailbox as partner, f.file_name, f.file_size as size,"
                + " "
                + OUTCOME
                + " as outcome, f.received_at as at, f.detail, f.replay_of from inbound_file f)"
                + " x where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (partner != null && !partner.isBlank()) {
      sql.append(" and partner = ?");
      args.add(partner.strip());
    }
    if (!state.isEmpty()) {
      sql.append(" and outcome = ?");
      args.add(state);
    }
    if (since != null) {
      sql.append(" and at >= ?");
      args.add(Date.valueOf(since));
    }
    if (until != null) {
      sql.append(" and at < ?");
      args.add(Date.valueOf(until.plusDays(1)));
    }
    sql.append(" order by id desc fetch first ").append(LIMIT).append(" rows only");
    answers.answer(
        exchange,
        200,
        jdbc.queryForList(sql.toString(), args.toArray()).stream()
            .map(ApiAnswers::columns)
            .toList());
  }

  /** {@code GET /console/api/files/{id}}: one file, what became of it, and its first bytes. */
  public void file(@Header("id") String id, Exchange exchange) throws Exception {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      number = -1;
    }
    List<Map<String, Object>> rows =
        jdbc
            .queryForList(
                "select f.id, f.mailbox as partner, f.file_name, f.file_size as size, f.sha256,"
                    + " f.status, "
                    + OUTCOME
                    + " as outcome, f.received_at as at, f.detail, f.replay_of, f.replay_no"
                    + " from inbound_file f where f.id = ?",
                number)
            .stream()
            .map(ApiAnswers::columns)
            .toList();
    if (rows.isEmpty()) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no file " + id)));
      return;
    }
    Map<String, Object> file = new LinkedHashMap<>(rows.get(0));
    file.put("replayable", files.replayable(number));
    file.put(
        "interchanges",
        list(
            "select id, seq, control_number as control, sender_id as sender, receiver_id as"
                + " receiver, status, detail from interchange where inbound_file_id = ?"
                + " order by seq",
            number));
    file.put(
        "documents",
        list(
            "select d.id, d.transaction_set as type, d.status, i.control_number as control"
                + " from inbound_document d join interchange i on i.id = d.interchange_id"
                + " where i.inbound_file_id = ? order by d.id",
            number));
    file.put(
        "replays",
        list(
            "select f.id, "
                + OUTCOME
                + " as outcome, f.received_at as at from inbound_file f where f.replay_of = ?"
                + " order by f.id",
            number));
    file.putAll(content(number));
    answers.answer(exchange, 200, file);
  }

  /** The file's first {@link #SHOWN_BYTES} bytes as text, or why they cannot be shown. */
  private Map<String, Object> content(long id) {
    Map<String, Object> shown = new LinkedHashMap<>();
    try (InputStream in = files.openAt(id, 0)) {
      byte[] start = in.readNBytes(SHOWN_BYTES + 1);
      boolean more = start.length > SHOWN_BYTES;
      // X12 is single-byte text; ISO-8859-1 shows every byte as one character
      shown.put(
          "content",
          new String(start, 0, Math.min(start.length, SHOWN_BYTES), StandardCharsets.ISO_8859_1));
      shown.put("contentTruncated", more);
    } catch (IOException | RuntimeException e) {
      shown.put("content", null);
      shown.put("contentError", "the file's bytes cannot be read: " + e.getMessage());
    }
    return shown;
  }

  private List<Map<String, Object>> list(String sql, Object arg) {
    return jdbc.queryForList(sql, arg).stream().map(ApiAnswers::columns).toList();
  }
}
