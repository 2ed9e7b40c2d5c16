package io.tradelane.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradelane.x12.definition.DataType;
import io.tradelane.x12.definition.ElementType;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each data element type with a good value and each way a value can be bad. */
class ValueChecksTest {

  @ParameterizedTest(name = "{0} {1}..{2} ''{3}'' -> {4}")
  @CsvSource(
      nullValues = "OK",
      value = {
        "STRING,     1, 5, AB C,       OK",
        "STRING,     2, 5, A,          TOO_SHORT",
        "STRING,     1, 5, ABCDEF,     TOO_LONG",
        "STRING,     1, 5, 'A\tB',     INVALID_CHARACTER",
        "STRING,     1, 9, Müller,     OK",
        "IDENTIFIER, 2, 2, EA,         OK",
        "IDENTIFIER, 2, 2, XX,         INVALID_CODE_VALUE",
        "IDENTIFIER, 2, 2, EAC,        TOO_LONG",
        "NUMERIC,    1, 3, -123,       OK",
        "NUMERIC,    1, 3, 1234,       TOO_LONG",
        "NUMERIC,    1, 3, 1.5,        INVALID_CHARACTER",
        "NUMERIC,    1, 3, 1-2,        INVALID_CHARACTER",
        "NUMERIC,    1, 3, -,          INVALID_CHARACTER",
        "DECIMAL,    1, 4, -12.34,     OK",
        "DECIMAL,    1, 4, .5,         OK",
        "DECIMAL,    1, 4, 12.345,     TOO_LONG",
        "DECIMAL,    1, 4, 1.2.3,      INVALID_CHARACTER",
        "DECIMAL,    1, 4, 1e5,        INVALID_CHARACTER",
        "DATE,       8, 8, 20240229,   OK",
        "DATE,       8, 8, 20230229,   INVALID_DATE",
        "DATE,       8, 8, 20261332,   INVALID_DATE",
        "DATE,       8, 8, 2026110,    INVALID_DATE",
        "DATE,       8, 8, 261120,     TOO_SHORT",
        "DATE,       6, 6, 261120,     OK",
        "DATE,       6, 6, 2611AB,     INVALID_DATE",
        "TIME,       4, 8, 2359,       OK",
        "TIME,       4, 8, 23595999,   OK",
        "TIME,       4, 8, 2460,       INVALID_TIME",
        "TIME,       4, 8, 12345,      INVALID_TIME",
        "TIME,       4, 8, 12:30,      INVALID_TIME",
        "BINARY,     1, 1, anything,   OK",
      })
  void judges_a_value_by_its_type(
      DataType type, int min, int max, String value, ElementErrorCode expected) {
    Set<String> codes = type == DataType.IDENTIFIER ? Set.of("EA", "CA") : Set.of();
    ElementType element = new ElementType("1", type, min, max, codes);

    assertThat(ValueChecks.check(element, value)).isEqualTo(expected);
  }
}
