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
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleRuleTest {

  /** A spec whose cron enters at {@code enter}; {@code enter} is on line 13, its value at column 14. */
  private static List<Diagnostic> validate(String enter, String exit) {
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
            cron:
              enter: "%s"
              exit: "%s"
              timeZone: Europe/Berlin
        """.formatted(enter, exit);
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0 22 * * *", "*/15 * * * *", "5/15 0-23/2 ? JAN,mar-may sun,MON-fri", "0 0 1-31/2 * ?", "59 23 31 12 6",
      "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", "  0 22 * * *  "})
  void acceptsWhatKubernetesAccepts(String expression) {
    assertThat(validate(expression, "0 6 * * *")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 24 * * *           | hour `24` is out of range 0-23",
      "60 * * * *           | minute `60` is out of range 0-59",
      "0 0 0 * *            | day-of-month `0` is out of range 1-31",
      "0 0 1 13 *           | month `13` is out of range 1-12 or JAN-DEC",
      "0 0 * * 7            | day-of-week `7` is out of range 0-6 or SUN-SAT",
      "0 0 * * FRI-MON      | day-of-week range `FRI-MON` runs backwards",
      "0 0 * JNA *          | month `JNA` is not a number or a name",
      "*/0 * * * *          | minute step `0` in `*/0` is not a positive whole number",
      "0 ? * * *            | `?` is allowed only in day-of-month and day-of-week, not in hour",
      "0 0 1,,2 * *         | day-of-month `1,,2` has an empty list item",
      "0 0-5-6 * * *        | hour `0-5-6` has more than one `-`",
      "0 */2/3 * * *        | hour `*/2/3` has more than one `/`",
      "0 0 22 * * *         | it has 6 fields where Kubernetes expects five",
      "0 22 *               | it has 3 fields where Kubernetes expects five",
      "@every 1h            | `@every` intervals are not accepted",
      "@daly                | `@daly` is not a macro Kubernetes knows",
      "@DAILY               | `@DAILY` is not a macro Kubernetes knows",
      "TZ=UTC 0 22 * * *    | the `TZ=UTC` prefix is rejected by Kubernetes since 1.29",
      "CRON_TZ=Europe/Berlin 0 22 * * * | the `CRON_TZ=Europe/Berlin` prefix is rejected by Kubernetes since 1.29"})
  void reportsTheFirstInvalidFieldAtTheValue(String expression, String problem) {
    List<Diagnostic> diagnostics = validate(expression, "0 6 * * *");
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.BAD_CRON);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(position(d)).isEqualTo("13:14");
      assertThat(d.message()).startsWith("`cron.enter` is `" + expression + "`; " + problem);
      assertThat(d.hint()).isNotEmpty();
    });
  }

  @Test
  void hintsAreSpecific() {
    assertThat(validate("0 0 22 * * *", "0 6 * * 7")).extracting(Diagnostic::hint).containsExactly(
        "Kubernetes has no seconds field; drop the first field: `0 22 * * *`",
        "Kubernetes reads Sunday as `0` or `SUN`, not `7`");
    assertThat(validate("TZ=Europe/Berlin 0 22 * * *", "0 6 * * *")).extracting(Diagnostic::hint)
        .containsExactly("remove the prefix and set `cron.timeZone: Europe/Berlin`");
    assertThat(validate("@daly", "0 6 * * *")).extracting(Diagnostic::hint).containsExactly("did you mean `@daily`?");
    assertThat(validate("0 0 * * FRI-MON", "0 6 * * *")).extracting(Diagnostic::hint)
        .containsExactly("write ascending ranges, e.g. `5-6,0-1`");
  }

  @Test
  void reportsEnterAndExitBoth() {
    List<Diagnostic> diagnostics = validate("0 24 * * *", "0 6 32 * *");
    assertThat(diagnostics).extracting(CronScheduleRuleTest::position).containsExactly("13:14", "14:13");
    assertThat(diagnostics.get(1).message()).isEqualTo("`cron.exit` is `0 6 32 * *`; day-of-month `32` is out of range 1-31");
  }

  @Test
  void macrosMeanTheirFiveFields() {
    CronExpression weekly = CronExpression.parse("@weekly").expression();
    assertThat(weekly).isEqualTo(CronExpression.parse("0 0 * * SUN").expression());
    CronExpression steps = CronExpression.parse("5/20 */6 ? * mon-WED").expression();
    assertThat(steps.minutes()).isEqualTo((1L << 5) | (1L << 25) | (1L << 45));
    assertThat(steps.hours()).isEqualTo((1L << 0) | (1L << 6) | (1L << 12) | (1L << 18));
    assertThat(steps.daysOfWeek()).isEqualTo((1L << 1) | (1L << 2) | (1L << 3));
  }
}
