package io.tradelane.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.backoffice.ApiAnswers;
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
 * Finding documents for the console: a search over what we received and what we sent (by partner,
 * transaction set, direction, status, date range, interchange control number, PO number, invoice
 * number, SSCC); one document with its raw X12 and its outcome; and a purchase order's chain, from
 * the 850 and the 997/999 we answered it with to the 855, 856s and 810s we sent, each with its
 * delivery and the partner's acknowledgement.
 */
public final class DocumentTrail {

  private static final int LIMIT = 200;

  private final JdbcTemplate jdbc;
  private final ApiAnswers answers;
  private final ObjectMapper json;

  public DocumentTrail(JdbcTemplate jdbc, ApiAnswers answers, ObjectMapper json) {
    this.jdbc = jdbc;
    this.answers = answers;
    this.json = json;
  }

  /**
   * {@code GET
   * /console/api/documents?partner&type&direction&status&from&to&control&po&invoice&sscc}: an
   * invoice number finds its 810, an SSCC (of a carton or a pallet) the 856 that carried it.
   */
  public void search(
      @Header("partner") String partner,
      @Header("type") String type,
      @Header("direction") String direction,
      @Header("status") String status,
      @Header("from") String from,
      @Header("to") String to,
      @Header("control") String control,
      @Header("po") String po,
      @Header("invoice") String invoice,
      @Header("sscc") String sscc,
      Exchange exchange)
      throws Exception {
    List<String> errors = new ArrayList<>();
    LocalDate since = ConsoleDates.parse(from, "from", errors);
    LocalDate until = ConsoleDates.parse(to, "to", errors);
    String way = direction == null ? "" : direction.toLowerCase(Locale.ROOT);
    if (!way.isEmpty() && !way.equals("in") && !way.equals("out")) {
      errors.add("direction: in or out");
    }
    if (present(control) && !control.strip().matches("[0-9]{1,9}")) {
      errors.add("control: an interchange control number, 1 to 9 digits");
    }
    if (present(sscc) && !sscc.strip().matches("(00)?[0-9]{18}")) {
      errors.add("sscc: 18 digits (with or without the application identifier 00)");
    }
    if (!errors.isEmpty()) {
      answers.answer(exchange, 400, Map.of("errors", errors));
      return;
    }
    Filter f =
        new Filter(
            partner,
            type,
            status,
            since,
            until,
            control,
            po,
            invoice,
            present(sscc) ? sscc.strip().substring(sscc.strip().length() - 18) : null);
    List<Map<String, Object>> found = new ArrayList<>();
    // invoices and SSCCs are only in what we send
    boolean sentOnly = present(f.invoice()) || present(f.sscc());
    if (!way.equals("out") && !sentOnly) {
      found.addAll(inbound(f));
    }
    if (!way.equals("in")) {
      found.addAll(outbound(f));
    }
    found.sort((a, b) -> String.valueOf(b.get("at")).compareTo(String.valueOf(a.get("at"))));
    answers.answer(exchange, 200, found.size() > LIMIT ? found.subList(0, LIMIT) : found);
  }

  /** {@code GET /console/api/documents/{direction}/{id}}: one document, raw X12 and outcome. */
  public void document(
      @Header("direction") String direction, @Header("id") String id, Exchange exchange)
      throws Exception {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      number = -1;
    }
    List<Map<String, Object>> rows =
        "in".equals(direction)
            ? jdbc.queryForList(
                "select d.id, 'in' as direction, d.partner_id as partner, d.transaction_set as"
                    + " type, d.status, d.created_at as at, i.control_number as control,"
                    + " d.group_control, d.set_control, d.detail, d.content, d.payload,"
                    + " d.interchange_id from inbound_document d"
                    + " join interchange i on i.id = d.interchange_id where d.id = ?",
                number)
            : "out".equals(direction)
                ? jdbc.queryForList(
                    "select id, 'out' as direction, partner_id as partner, doc_type as type,"
                        + " status, created_at as at, interchange_control as control, file_name,"
                        + " delivered_at, delivered_via, delivery_proof, attempts, last_error,"
                        + " ack_status, ack_at, ack_detail, resend_of, content from"
                        + " outbound_document"
                        + " where id = ?",
                    number)
                : List.of();
    if (rows.isEmpty()) {
      answers.answer(
          exchange, 404, Map.of("errors", List.of("no document " + direction + "/" + id)));
      return;
    }
    Map<String, Object> doc = new LinkedHashMap<>(ApiAnswers.columns(rows.get(0)));
    doc.put("segments", SegmentView.of((String) doc.get("content")));
    doc.put("po", "in".equals(direction) ? receivedPo(number) : sentPo(number));
    if ("in".equals(direction)) {
      Object payload = doc.remove("payload");
      doc.put("readout", payload == null ? null : json.readTree((String) payload));
      doc.put("acknowledgement", acknowledgement(doc));
    } else {
      doc.put(
          "resends",
          jdbc.queryForList(
              "select id from outbound_document where resend_of = ? order by id",
              Long.class,
              number));
    }
    answers.answer(exchange, 200, doc);
  }

  /** The PO number of a received 850, or null. */
  private String receivedPo(long documentId) {
    return jdbc
        .queryForList(
            "select po_number from purchase_order where inbound_document_id = ?",
            String.class,
            documentId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** The PO number a sent 855, 856 or 810 answers (an 856's first order), or null. */
  private String sentPo(long documentId) {
    return jdbc
        .queryForList(
            "select p.po_number from outbound_document o join purchase_order p on"
                + " (o.source_kind = 'ORDER' and p.id = o.source_id) or (o.source_kind ="
                + " 'INVOICE' and p.id = (select order_id from invoice where id = o.source_id))"
                + " or (o.source_kind = 'SHIPMENT' and p.id = (select min(order_id) from"
                + " shipment_package where shipment_id = o.source_id)) where o.id = ?",
            String.class,
            documentId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** The 997/999 we answered a received set's interchange with, and what it says of the set. */
  private Map<String, Object> acknowledgement(Map<String, Object> doc) {
    List<Map<String, Object>> acks =
        jdbc.queryForList(
            "select id, doc_type, status, content from outbound_document where source_kind ="
                + " 'INTERCHANGE' and source_id = ? and doc_type in ('997', '999') order by id",
            doc.remove("interchange_id"));
    if (acks.isEmpty()) {
      return null;
    }
    Map<String, Object> ack = ApiAnswers.columns(acks.get(0));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", ack.get("id"));
    answer.put("type", ack.get("doc_type"));
    answer.put("status", ack.get("status"));
    answer.put(
        "setResponse",
        SegmentView.ackLoop(
            (String) ack.get("content"),
            (String) doc.get("type"),
            (String) doc.get("set_control")));
    return answer;
  }

  /** {@code GET /console/api/orders/{partner}/{po}}: a purchase order's chain of documents. */
  public void chain(@Header("partner") String partner, @Header("po") String po, Exchange exchange)
      throws Exception {
    List<Map<String, Object>> orders =
        jdbc.queryForList(
            "select o.id, o.inbound_document_id, d.interchange_id, o.status from purchase_order o"
                + " join inbound_document d on d.id = o.inbound_document_id"
                + " where o.partner_id = ? and o.po_number = ? order by o.id",
            partner,
            po);
    if (orders.isEmpty()) {
      answers.answer(exchange, 404, Map.of("errors", List.of("no PO " + po + " from " + partner)));
      return;
    }
    Map<String, Object> order = ApiAnswers.columns(orders.get(0));
    long orderId = ((Number) order.get("id")).longValue();
    List<Map<String, Object>> chain = new ArrayList<>();
    chain.addAll(
        rows(
            "select d.id, 'in' as direction, d.transaction_set as type, d.status, d.created_at as"
                + " at, i.control_number as control from inbound_document d join interchange i"
                + " on i.id = d.interchange_id where d.id = ?",
            order.get("inbound_document_id")));
    String sent =
        "select id, 'out' as direction, doc_type as type, status, created_at as at,"
            + " interchange_control as control, delivered_at, delivered_via, ack_status, ack_at"
            + " from outbound_document where ";
    chain.addAll(
        rows(
            sent + "source_kind = 'INTERCHANGE' and source_id = ? order by id",
            order.get("interchange_id")));
    chain.addAll(rows(sent + "source_kind = 'ORDER' and source_id = ? order by id", orderId));
    chain.addAll(
        rows(
            sent
                + "source_kind = 'SHIPMENT' and source_id in (select distinct shipment_id from"
                + " shipment_package where order_id = ?) order by id",
            orderId));
    chain.addAll(
        rows(
            sent
                + "source_kind = 'INVOICE' and source_id in (select id from invoice"
                + " where order_id = ?) order by id",
            orderId));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("partner", partner);
    answer.put("po", po);
    answer.put("order", orderId);
    answer.put("status", order.get("status"));
    answer.put("documents", chain);
    answers.answer(exchange, 200, answer);
  }

  /** What a search asks for; null or blank values do not filter. */
  private record Filter(
      String partner,
      String type,
      String status,
      LocalDate from,
      LocalDate until,
      String control,
      String po,
      String invoice,
      String sscc) {}

  private List<Map<String, Object>> inbound(Filter f) {
    StringBuilder sql =
        new StringBuilder(
            "select d.id, 'in' as direction, d.partner_id as partner, d.transaction_set as type,"
                + " d.status, d.created_at as at, i.control_number as control"
                + " from inbound_document d join interchange i on i.id = d.interchange_id"
                + " where 1 = 1");
    List<Object> args = new ArrayList<>();
    common(f, sql, args, "d.partner_id", "d.transaction_set", "d.status", "d.created_at");
    if (present(f.control())) {
      sql.append(" and i.control_number = ?");
      args.add(String.format("%09d", Long.parseLong(f.control().strip())));
    }
    if (present(f.po())) {
      sql.append(
          " and d.id in (select inbound_document_id from purchase_order where po_number = ?)");
      args.add(f.po().strip());
    }
    return query(sql, args);
  }

  private List<Map<String, Object>> outbound(Filter f) {
    StringBuilder sql =
        new StringBuilder(
            "select o.id, 'out' as direction, o.partner_id as partner, o.doc_type as type,"
                + " o.status, o.created_at as at, cast(o.interchange_control as varchar(20)) as"
                + " control from outbound_document o where 1 = 1");
    List<Object> args = new ArrayList<>();
    common(f, sql, args, "o.partner_id", "o.doc_type", "o.status", "o.created_at");
    if (present(f.control())) {
      sql.append(" and o.interchange_control = ?");
      args.add(Long.parseLong(f.control().strip()));
    }
    if (present(f.po())) {
      sql.append(
          " and ((o.source_kind = 'ORDER' and o.source_id in (select id from purchase_order"
              + " where po_number = ?)) or (o.source_kind = 'INVOICE' and o.source_id in"
              + " (select v.id from invoice v join purchase_order p on p.id = v.order_id"
              + " where p.po_number = ?)) or (o.source_kind = 'SHIPMENT' and o.source_id in"
              + " (select s.shipment_id from shipment_package s join purchase_order p"
              + " on p.id = s.order_id where p.po_number = ?)))");
      args.add(f.po().strip());
      args.add(f.po().strip());
      args.add(f.po().strip());
    }
    if (present(f.invoice())) {
      sql.append(
          " and o.source_kind = 'INVOICE' and o.source_id in (select id from invoice"
              + " where invoice_number = ?)");
      args.add(f.invoice().strip());
    }
    if (present(f.sscc())) {
      sql.append(
          " and o.source_kind = 'SHIPMENT' and o.source_id in (select shipment_id from"
              + " shipment_package where sscc = ? or pallet_sscc = ?)");
      args.add(f.sscc());
      args.add(f.sscc());
    }
    return query(sql, args);
  }

  private static void common(
      Filter f,
      StringBuilder sql,
      List<Object> args,
      String partner,
      String type,
      String status,
      String at) {
    if (present(f.partner())) {
      sql.append(" and ").append(partner).append(" = ?");
      args.add(f.partner().strip());
    }
    if (present(f.type())) {
      sql.append(" and ").append(type).append(" = ?");
      args.add(f.type().strip());
    }
    if (present(f.status())) {
      sql.append(" and ").append(status).append(" = ?");
      args.add(f.status().strip().toUpperCase(Locale.ROOT));
    }
    if (f.from() != null) {
      sql.append(" and ").append(at).append(" >= ?");
      args.add(Date.valueOf(f.from()));
    }
    if (f.until() != null) {
      sql.append(" and ").append(at).append(" < ?");
      args.add(Date.valueOf(f.until().plusDays(1)));
    }
  }

  private List<Map<String, Object>> query(StringBuilder sql, List<Object> args) {
    sql.append(" order by 1 desc fetch first ").append(LIMIT).append(" rows only");
    return jdbc.queryForList(sql.toString(), args.toArray()).stream()
        .map(ApiAnswers::columns)
        .toList();
  }

  private List<Map<String, Object>> rows(String sql, Object arg) {
    return jdbc.queryForList(sql, arg).stream().map(ApiAnswers::columns).toList();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
