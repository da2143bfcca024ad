package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "2, 2",
      "0, 0",
      "0.5, 0.5",
      ".5, 0.5",
      "5., 5",
      "+2, 2",
      "-1, -1",
      "-.5, -0.5",
      "250m, 0.25",
      "2000m, 2",
      "1k, 1000",
      "1M, 1000000",
      "1G, 1000000000",
      "1T, 1000000000000",
      "1P, 1000000000000000",
      "1E, 1000000000000000000",
      "1Ki, 1024",
      "1Mi, 1048576",
      "1Gi, 1073741824",
      "2Gi, 2147483648",
      "1.5Gi, 1610612736",
      "1Ti, 1099511627776",
      "1Pi, 1125899906842624",
      "1Ei, 1152921504606846976",
      "1e3, 1000",
      "1E3, 1000",
      "1e+3, 1000",
      "1E-3, 0.001",
      "1.5e2, 150",
      "0.1m, 0.0001",
  })
  void parsesKubernetesQuantities(String text, String expected) {
    assertThat(QuantityParser.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0} is not a quantity")
  @ValueSource(strings = {"", " ", "2GB", "2gb", "1.5.2", "1K", "1ki", "1KI", "1mi", "1e", "1e1.5", "e3", "m", "Gi",
      ".", "+", "1 Gi", " 1", "1Gi ", "0x10", "1_000", "1,5", ".inf", "NaN", "2Gi2", "1e3Mi", "1e1001", "--1"})
  void rejectsWhatKubernetesRejects(String text) {
    assertThat(QuantityParser.parse(text)).isNull();
  }

  @Test
  void equalQuantitiesCompareEqual() {
    assertThat(QuantityParser.parse("2")).isEqualByComparingTo(QuantityParser.parse("2000m"));
    assertThat(QuantityParser.parse("1Gi")).isEqualByComparingTo(QuantityParser.parse("1073741824"));
    assertThat(QuantityParser.parse("1G")).isLessThan(QuantityParser.parse("1Gi"));
    assertThat(QuantityParser.parse(null)).isNull();
  }
}
