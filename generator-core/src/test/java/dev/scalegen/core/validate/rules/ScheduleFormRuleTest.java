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

class ScheduleFormRuleTest {

  private static final String HEAD = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata:
        name: shop
      tiers:
        web:
          image: nginx:1.27
          replicas: 4
      schedules:
      """;

  private static List<Diagnostic> validate(String schedules) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", HEAD + schedules)).diagnostics());
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  @Test
  void windowAloneOrCronAloneIsFine() {
    assertThat(validate("""
          night:
            window: { from: "22:00", to: "06:00", days: Mon-Thu, timeZone: Europe/Berlin }
            set: { web: { replicas: 2 } }
          weekend:
            cron: { enter: "0 18 * * FRI", exit: "0 6 * * MON", timeZone: Europe/Berlin }
            set: { web: { replicas: 2 } }
        """)).isEmpty();
  }

  @Test
  void bothWindowAndCronIsAnErrorAtTheScheduleKey() {
    List<Diagnostic> diagnostics = validate("""
          night:
            window: { from: "22:00", to: "06:00", timeZone: Europe/Berlin }
            cron: { enter: "0 22 * * *", exit: "0 6 * * *", timeZone: Europe/Berlin }
            set: { web: { replicas: 2 } }
        """);
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.SCHEDULE_FORM);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(position(d)).isEqualTo("10:3");
      assertThat(d.message()).contains("`night`", "both `window` and `cron`");
      assertThat(d.hint()).contains("remove the other");
    });
  }

  @Test
  void neitherWindowNorCronIsAnError() {
    List<Diagnostic> diagnostics = validate("""
          night:
            set: { web: { replicas: 2 } }
          day:
            set: { web: { replicas: 3 } }
        """);
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.SCHEDULE_FORM);
    assertThat(diagnostics).extracting(ScheduleFormRuleTest::position).containsExactly("10:3", "12:3");
    assertThat(diagnostics.get(0).message()).contains("neither `window` nor `cron`", "never applies");
  }
}
