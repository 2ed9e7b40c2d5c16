package io.tradelane.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradelane.ack.AckStatus;
import io.tradelane.partner.PartnerDirectory;
import io.tradelane.partner.PartnerProfile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard's arithmetic on facts made up for it: what is late, what is still pending, what is
 * due, and what has nothing to measure. (ScorecardFlowTest reads the facts from a running hub.)
 */
class PartnerScoreTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final LocalDate DUE = LocalDate.parse("2026-11-24");

  @TempDir Path dir;

  private PartnerProfile partner(String settings) throws IOException {
    Files.writeString(
        dir.resolve("shop.properties"),
        "isa.qualifier = ZZ\nisa.id = SHOP\ngs.id = SHOP\nx12.version = 004010\n"
            + "delimiter.element = *\ndelimiter.segment = ~\ndelimiter.component = >\n"
            + settings);
    return PartnerDirectory.load(dir).byId("shop").orElseThrow();
  }

  private static OrderFacts order(
      long id,
      String received,
      String ackDelivered,
      String shippedOn,
      int ordered,
      int filled,
      boolean inError) {
    return new OrderFacts(
        id,
        "shop",
        Instant.parse(received),
        DUE,
        ackDelivered == null ? null : Instant.parse(ackDelivered),
        shippedOn == null ? null : LocalDate.parse(shippedOn),
        BigDecimal.valueOf(ordered),
        BigDecimal.valueOf(filled),
        filled < ordered ? 1 : 0,
        inError);
  }

  @Test
  void an_855_after_24_hours_or_none_by_then_is_late_and_one_still_in_time_is_pending()
      throws IOException {
    PartnerScore score =
        PartnerScore.of(
            partner(""),
            List.of(
                order(1, "2026-11-20T08:00:00Z", "2026-11-21T08:00:00Z", null, 1, 0, false),
                order(2, "2026-11-20T08:00:00Z", "2026-11-21T08:00:01Z", null, 1, 0, false),
                order(3, "2026-11-20T08:00:00Z", null, null, 1, 0, false),
                order(4, "2026-11-25T06:00:00Z", null, null, 1, 0, false)),
            List.of(),
            List.of(),
            NOW,
            ZoneOffset.UTC);

    assertThat(score.poAckOnTime()).isEqualTo(Ratio.of(1, 3));
    assertThat(score.poAckOnTime().rate()).isEqualByComparingTo("0.3333");
    assertThat(score.poAckPending()).isEqualTo(1);
  }

  @Test
  void an_856_is_measured_against_the_partners_window() throws IOException {
    List<ShipmentFacts> shipments =
        List.of(
            new ShipmentFacts(
                1,
                "shop",
                Instant.parse("2026-11-24T08:00:00Z"),
                Instant.parse("2026-11-24T11:00:00Z")),
            new ShipmentFacts(2, "shop", Instant.parse("2026-11-25T11:00:00Z"), null));

    PartnerScore fourHours =
        PartnerScore.of(
            partner("scorecard.asn-window = 4h\n"),
            List.of(),
            shipments,
            List.of(),
            NOW,
            ZoneOffset.UTC);
    assertThat(fourHours.asnOnTime()).isEqualTo(Ratio.of(1, 1));
    assertThat(fourHours.asnPending()).isEqualTo(1);

    PartnerScore twoHours =
        PartnerScore.of(
            partner("scorecard.asn-window = 2h\n"),
            List.of(),
            shipments,
            List.of(),
            NOW,
            ZoneOffset.UTC);
    assertThat(twoHours.asnOnTime())
        .as("3 h after the confirmation is late")
        .isEqualTo(Ratio.of(0, 1));
    assertThat(twoHours.asnPending()).isEqualTo(1);
  }

  @Test
  void a_bad_asn_window_names_the_partner_and_the_key() throws IOException {
    PartnerProfile partner = partner("scorecard.asn-window = soon\n");
    assertThatThrownBy(() -> AsnWindow.of(partner))
        .hasMessageContaining("shop")
        .hasMessageContaining("scorecard.asn-window");
  }

  @Test
  void fill_rate_counts_orders_shipped_or_due_and_perfect_orders_are_on_time_in_full_and_accepted()
      throws IOException {
    PartnerScore score =
        PartnerScore.of(
            partner(""),
            List.of(
                // on time, in full, a document rejected: not perfect
                order(
                    1, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z", "2026-11-24", 10, 10, true),
                // late (after the 24th), in full
                order(2, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z", "2026-11-25", 4, 4, false),
                // on time and short: 3 of 6
                order(3, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z", "2026-11-23", 6, 3, false),
                // on time and in full: perfect
                order(4, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z", "2026-11-24", 5, 5, false),
                // not shipped, due the 24th, so past due: counts for the fill rate with nothing
                order(5, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z", null, 5, 0, false)),
            List.of(),
            List.of(
                new ScorecardQueries.Acknowledged("shop", 1, 101, AckStatus.REJECTED),
                new ScorecardQueries.Acknowledged("shop", 2, 102, AckStatus.ACCEPTED),
                new ScorecardQueries.Acknowledged("shop", 4, 104, AckStatus.ACCEPTED),
                new ScorecardQueries.Acknowledged("shop", 4, 104, AckStatus.ACCEPTED)),
            NOW,
            ZoneOffset.UTC);

    assertThat(score.fillRate()).isEqualTo(Ratio.of(22, 30));
    assertThat(score.onTime()).isEqualTo(Ratio.of(3, 4));
    assertThat(score.inFull()).isEqualTo(Ratio.of(3, 4));
    assertThat(score.documentsAccepted())
        .as("a document acknowledged twice counts once")
        .isEqualTo(Ratio.of(2, 3));
    assertThat(score.perfectOrders()).isEqualTo(Ratio.of(1, 4));
    // 3/4 x 3/4 x 2/3 = 18/48
    assertThat(score.perfectOrder().rate()).isEqualByComparingTo("0.375");
  }

  @Test
  void nothing_to_measure_is_no_rate_rather_than_zero() throws IOException {
    PartnerScore score =
        PartnerScore.of(partner(""), List.of(), List.of(), List.of(), NOW, ZoneOffset.UTC);

    assertThat(score.fillRate().rate()).isNull();
    assertThat(score.perfectOrder().rate()).isNull();
    assertThat(score.json().get("poAckOnTime"))
        .hasToString("{numerator=0, denominator=0, rate=null, pending=0}");
  }

  @Test
  void an_order_not_yet_due_and_not_shipped_is_left_out_of_the_fill_rate() {
    OrderFacts early =
        new OrderFacts(
            1,
            "shop",
            NOW,
            LocalDate.parse("2026-12-10"),
            null,
            null,
            BigDecimal.TEN,
            BigDecimal.ZERO,
            1,
            false);
    assertThat(early.due(LocalDate.parse("2026-11-25"))).isFalse();
    assertThat(early.due(LocalDate.parse("2026-12-11"))).isTrue();
  }
}
