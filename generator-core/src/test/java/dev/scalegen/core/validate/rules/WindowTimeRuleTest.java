package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTimeRuleTest {

  /** A spec with a window; {@code from} is on line 13 and {@code to} on line 14, values at column 13 and 11. */
  private static List<Diagnostic> validate(String from, String to) {
    String yaml = """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            replicas: 4
        schedules:
          night:
            set: { web: { replicas: 2 } }
            window:
              from: "%s"
              to: "%s"
              timeZone: Europe/Berlin
        """.formatted(from, to);
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  @Test
  void validWindowsPassIncludingAcrossMidnight() {
    assertThat(validate("22:00", "06:00")).isEmpty();
    assertThat(validate("00:00", "23:59")).isEmpty();
    assertThat(validate("09:30", "17:45")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "24:30 | hours run from `00` to `23`       | use a time from `\"00:00\"` to `\"23:59\"`",
      "24:00 | hours run from `00` to `23`       | write `\"00:00\"` for midnight: a window whose `to` is before `from` runs across midnight",
      "22:60 | minutes run from `00` to `59`     | use a time from `\"00:00\"` to `\"23:59\"`",
      "6:00  | hours are written with two digits | write `\"06:00\"`",
      "10pm  | expected a 24-hour time `HH:MM`   | write a quoted time such as `\"22:00\"`",
      "22:00:00 | windows are set to the minute, without seconds | write `\"22:00\"`"})
  void reportsABadTimeAtTheValue(String from, String problem, String hint) {
    List<Diagnostic> diagnostics = validate(from, "06:00");
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.BAD_TIME);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(position(d)).isEqualTo("13:13");
      assertThat(d.message()).isEqualTo("`window.from` is `" + from + "`; " + problem);
      assertThat(d.hint()).isEqualTo(hint);
    });
  }

  @Test
  void reportsFromAndToBoth() {
    assertThat(validate("25:00", "6:00")).extracting(WindowTimeRuleTest::position).containsExactly("13:13", "14:11");
  }

  @Test
  void anEmptyWindowIsAnErrorAtTo() {
    List<Diagnostic> diagnostics = validate("22:00", "22:00");
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.BAD_TIME);
      assertThat(position(d)).isEqualTo("14:11");
      assertThat(d.message()).contains("both `22:00`", "empty");
    });
  }
}
