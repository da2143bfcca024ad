package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WindowDaysRuleTest {

  /** A spec with a window on {@code days}, written on line 15 with the value at column 13. */
  private static List<Diagnostic> validate(String days) {
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
              from: "22:00"
              to: "06:00"
              days: "%s"
              timeZone: Europe/Berlin
        """.formatted(days);
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mon-Sun", "Mon-Fri", "Sat,Sun", "Mon-Fri, Sun", "mon-FRI", "Fri-Mon", "Wed"})
  void acceptsNamesRangesListsAndAnyCase(String days) {
    assertThat(validate(days)).isEmpty();
  }

  @Test
  void aRangeMayWrapAroundTheEndOfTheWeek() {
    assertThat(WindowDays.parse("Fri-Mon").days().days()).isEqualTo(
        EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
    assertThat(WindowDays.parse("Mon-Sun").days().days()).isEqualTo(EnumSet.allOf(DayOfWeek.class));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mon-Fro     | `Fro` is not a day                                  | did you mean `Fri`?",
      "Monday-Fri  | days are written as three-letter names, not `Monday` | write `Mon`",
      "Mon-Fri,Wed | `Wed` is named twice (in `Mon-Fri` and `Wed`)        | name each day once",
      "Mon,,Tue    | it has an empty list item                           | remove the extra `,`",
      "Mon-        | it has a range with a missing end                   | write a range as `Mon-Fri`",
      "Mon-Tue-Wed | `Mon-Tue-Wed` has more than one `-`                 | write a range as `Mon-Fri`",
      "Tue-Tue     | the range `Tue-Tue` starts and ends on the same day | write `Tue` for one day, or leave `days` out for every day",
      "weekdays    | `weekdays` is not a day                             | use `Mon`, `Tue`, `Wed`, `Thu`, `Fri`, `Sat` or `Sun`"})
  void reportsTheFirstProblemAtTheValue(String days, String problem, String hint) {
    assertThat(validate(days)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.BAD_DAYS);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.location().line() + ":" + d.location().column()).isEqualTo("15:13");
      assertThat(d.message()).isEqualTo("`window.days` is `" + days + "`; " + problem);
      assertThat(d.hint()).isEqualTo(hint);
    });
  }

  @Test
  void anEmptyValueNamesNoDay() {
    assertThat(validate("")).singleElement().satisfies(d -> assertThat(d.message()).contains("names no day"));
  }
}
