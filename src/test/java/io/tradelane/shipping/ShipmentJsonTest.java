package io.tradelane.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradelane.backoffice.InputRejected;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A posted shipment confirmation is read value by value; every bad value is named by its path. */
class ShipmentJsonTest {

  private final ShipmentJson reader = new ShipmentJson(new ObjectMapper());

  @Test
  void reads_a_confirmation_into_one_packed_line_per_order_line_and_carton() {
    ShipmentConfirmation c =
        reader.read(
            """
            {"shipmentId": "SH-1", "shipDate": "2026-11-21", "carrier": "UPSN", "weight": 4.25,
             "weightUnit": "KG", "orders": [{"partner": "acme", "poNumber": "PO-1", "cartons": [
               {"carton": "C1", "pallet": "P1", "weight": 2.5, "tracking": "1Z9",
                "lines": [{"line": 2, "quantity": "3"}]}]}]}
            """);

    assertThat(c.shippedAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 0, 0));
    assertThat(c.weight()).isEqualByComparingTo("4.25");
    assertThat(c.serviceLevel()).isEmpty();
    assertThat(c.packed())
        .containsExactly(
            new ShipmentConfirmation.Packed(
                "acme",
                "PO-1",
                2,
                "C1",
                "P1",
                new BigDecimal("3"),
                new BigDecimal("2.5"),
                "1Z9",
                "orders[0].cartons[0].lines[0]"));
  }

  @Test
  void names_every_bad_value_by_its_path() {
    InputRejected rejected =
        catchThrowableOfType(
            InputRejected.class,
            () ->
                reader.read(
                    """
                    {"shipDate": "21.11.2026", "carrier": "U", "service": "second day",
                     "weight": -1, "weightUnit": "TON", "orders": [{"partner": "acme",
                     "cartons": [{"carton": "C1", "lines": [{"line": 0, "quantity": "ten"}]}]}]}
                    """));

    assertThat(rejected.errors())
        .containsExactly(
            "shipmentId: missing",
            "shipDate: '21.11.2026' is not a date (2026-11-21) or date and time (2026-11-21T14:30)",
            "carrier: 'U' is not a SCAC (2 to 4 capital letters)",
            "service: 'second day' is not a two-character code",
            "weight: -1 is not a positive number",
            "weightUnit: 'TON' is not a weight unit (LB or KG)",
            "orders[0].poNumber: missing",
            "orders[0].cartons[0].lines[0].line: 0 is not a line number (1 or more)",
            "orders[0].cartons[0].lines[0].quantity: 'ten' is not a number");
  }

  @Test
  void refuses_a_body_that_is_not_a_json_object() {
    assertThat(catchThrowableOfType(InputRejected.class, () -> reader.read("[1, 2]")).errors())
        .containsExactly("body: must be a JSON object");
    assertThat(catchThrowableOfType(InputRejected.class, () -> reader.read("{\"a\": ")).errors())
        .singleElement()
        .asString()
        .startsWith("body: not JSON (");
  }
}
