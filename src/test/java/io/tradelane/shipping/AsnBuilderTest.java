package io.tradelane.shipping;

import static io.tradelane.shipping.SampleShipments.oneOrderOnAPallet;
import static io.tradelane.shipping.SampleShipments.oneOrderTwoCartons;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AsnBuilderTest {

  private static final String SHIPMENT_LEVEL =
      """
      BSN*00*SH-1001*20261121*1405*%s
      HL*1**S*1
      TD1*CTN25*2****G*18.5*LB
      TD5*B*2*ODFL*********SG
      REF*BM*BOL-778812
      REF*CN*PRO-55120934
      DTM*011*20261121*1405
      N1*ST*ACME DC 12*92*0012
      HL*2*1*O*1
      PRF*4500012345***20261120
      """;

  private final AsnBuilder builder = new AsnBuilder();

  @Test
  void builds_pick_and_pack_with_each_carton_under_the_order_and_its_items_under_it() {
    List<Segment> body = builder.build(oneOrderTwoCartons(), AsnStructure.PICK_AND_PACK);

    assertThat(compact(body))
        .isEqualTo(
            SHIPMENT_LEVEL.formatted("0001")
                + """
                HL*3*2*P*1
                MAN*GM*006141411000000019
                HL*4*3*I*0
                LIN*1*IN*A-55001*UP*614141100071*VN*SKU-1001
                SN1**6*EA**10*EA
                HL*5*2*P*1
                MAN*GM*006141411000000026
                HL*6*5*I*0
                LIN*1*IN*A-55001*UP*614141100071*VN*SKU-1001
                SN1**4*EA**10*EA
                HL*7*5*I*0
                LIN*2*UP*614141100149*VN*SKU-2002
                SN1**3*EA**5*EA
                CTT*7*13
                """);
  }

  @Test
  void builds_standard_carton_with_each_line_under_the_order_and_its_cartons_under_it() {
    List<Segment> body = builder.build(oneOrderTwoCartons(), AsnStructure.STANDARD_CARTON);

    assertThat(compact(body))
        .isEqualTo(
            SHIPMENT_LEVEL.formatted("0002")
                + """
                HL*3*2*I*1
                LIN*1*IN*A-55001*UP*614141100071*VN*SKU-1001
                SN1**10*EA**10*EA
                HL*4*3*P*0
                MAN*GM*006141411000000019
                HL*5*3*P*0
                MAN*GM*006141411000000026
                HL*6*2*I*1
                LIN*2*UP*614141100149*VN*SKU-2002
                SN1**3*EA**5*EA
                HL*7*6*P*0
                MAN*GM*006141411000000026
                CTT*7*13
                """);
  }

  @Test
  void puts_a_pallet_as_tare_between_order_and_its_cartons_in_pick_and_pack() {
    List<Segment> body = builder.build(oneOrderOnAPallet(), AsnStructure.PICK_AND_PACK);

    assertThat(compact(body))
        .contains(
            """
            HL*2*1*O*1
            PRF*4500012345***20261120
            HL*3*2*T*1
            MAN*GM*006141411000000033
            HL*4*3*P*1
            MAN*GM*006141411000000019
            """)
        .endsWith("CTT*8*13\n");
    assertThat(HierarchyCheck.problems(body, AsnStructure.PICK_AND_PACK)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(AsnStructure.class)
  void links_every_level_to_an_earlier_parent_the_structure_allows(AsnStructure structure) {
    for (Shipment shipment : List.of(oneOrderTwoCartons(), oneOrderOnAPallet())) {
      List<Segment> body = builder.build(shipment, structure);

      assertThat(HierarchyCheck.problems(body, structure)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(AsnStructure.class)
  void counts_the_hl_segments_in_ctt01(AsnStructure structure) {
    List<Segment> body = builder.build(oneOrderOnAPallet(), structure);

    long levels = body.stream().filter(s -> s.tag().equals("HL")).count();
    assertThat(body.get(body.size() - 1).element(1)).isEqualTo(Long.toString(levels));
  }

  @Test
  void the_hierarchy_check_finds_a_later_parent_and_a_wrong_hl04() {
    List<Segment> body =
        List.of(
            Segment.of("HL", "1", "", "S", "0"),
            Segment.of("HL", "2", "3", "O", "0"),
            Segment.of("HL", "3", "1", "O", "1"));

    assertThat(HierarchyCheck.problems(body, AsnStructure.STANDARD_CARTON))
        .contains("HL 2 names parent 3, not an earlier HL", "HL 1 has HL04 0");
  }

  @Test
  void gives_the_ship_to_on_each_order_when_the_orders_go_to_different_places() {
    ShippedOrder second =
        ShippedOrder.loose(
            "4500012399",
            null,
            new ShipToParty("ACME STORE 7", "92", "0007"),
            List.of(new Carton("006141411000000040", List.of(SampleShipments.line2(1)))));
    Shipment shipment = SampleShipments.shipment(oneOrderTwoCartons().orders().get(0), second);

    String text = compact(builder.build(shipment, AsnStructure.PICK_AND_PACK));

    assertThat(text)
        .doesNotContain("DTM*011*20261121*1405\nN1")
        .contains("PRF*4500012345***20261120\nN1*ST*ACME DC 12*92*0012\n")
        .contains("PRF*4500012399\nN1*ST*ACME STORE 7*92*0007\n")
        .contains("TD1*CTN25*3*");
  }

  static String compact(List<Segment> body) {
    return body.stream()
        .map(s -> s.tag() + "*" + String.join("*", s.elements()))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
