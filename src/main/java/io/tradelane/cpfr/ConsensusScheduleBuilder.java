package io.tradelane.cpfr;

import io.tradelane.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The body (BFR to CTT) of the 830 that shares a consensus forecast: one LIN per item and location,
 * named by the partner's item number (BP) where it has one and the UPC (UP), the location in an
 * N1*ST, and a planning FST per weekly bucket; CTT counts the LINs and sums the quantities.
 */
final class ConsensusScheduleBuilder {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;

  ConsensusScheduleBuilder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Segment> build(
      String partnerId,
      String reference,
      LocalDate today,
      Map<Consensus.Bucket, Consensus.Number> buckets) {
    List<Segment> body = new ArrayList<>();
    LocalDate first =
        buckets.keySet().stream()
            .map(Consensus.Bucket::week)
            .min(LocalDate::compareTo)
            .orElseThrow();
    LocalDate last =
        buckets.keySet().stream()
            .map(Consensus.Bucket::week)
            .max(LocalDate::compareTo)
            .orElseThrow();
    body.add(
        Segment.of(
            "BFR",
            "00",
            reference,
            "",
            "DL",
            "A",
            first.format(CCYYMMDD),
            last.plusDays(6).format(CCYYMMDD),
            today.format(CCYYMMDD)));
    String series = null;
    int lins = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Consensus.Bucket, Consensus.Number> e : buckets.entrySet()) {
      Consensus.Bucket b = e.getKey();
      String key = b.sku() + "\n" + b.location();
      if (!key.equals(series)) {
        series = key;
        lins++;
        body.add(lin(partnerId, b.sku()));
        body.add(Segment.of("UIT", "EA"));
        if (!b.location().isEmpty()) {
          body.add(Segment.of("N1", "ST", "", "92", b.location()));
        }
      }
      BigDecimal quantity = e.getValue().quantity().stripTrailingZeros();
      total = total.add(quantity);
      body.add(Segment.of("FST", quantity.toPlainString(), "D", "W", b.week().format(CCYYMMDD)));
    }
    body.add(Segment.of("CTT", Integer.toString(lins), total.stripTrailingZeros().toPlainString()));
    return body;
  }

  private Segment lin(String partnerId, String sku) {
    Optional<String> buyerItem =
        jdbc
            .queryForList(
                "select buyer_item from partner_item where partner_id = ? and sku = ?"
                    + " order by buyer_item",
                String.class,
                partnerId,
                sku)
            .stream()
            .findFirst();
    String upc = jdbc.queryForObject("select upc from item where sku = ?", String.class, sku);
    List<String> elements = new ArrayList<>(List.of(""));
    buyerItem.ifPresent(
        item -> {
          elements.add("BP");
          elements.add(item);
        });
    if (upc != null && !upc.isEmpty()) {
      elements.add("UP");
      elements.add(upc);
    }
    elements.add("VN");
    elements.add(sku);
    return new Segment("LIN", elements);
  }
}
