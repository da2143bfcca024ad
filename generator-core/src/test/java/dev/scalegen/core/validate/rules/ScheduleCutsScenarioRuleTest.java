package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

class ScheduleCutsScenarioRuleTest {

  /** A weekend that lowers {@code api} (4-12) to a minimum of 2 and {@code worker} (3) to 1 replica. */
  private static final String WEEKEND = """
      schedules:
        weekend:
          cron: { enter: "0 20 * * FRI", exit: "0 6 * * MON", timeZone: UTC }
          set: { api: { min: 2, max: 6 }, worker: { replicas: 1 } }
      """;

  @Test
  void aScheduleBelowTheScenariosOwnValuesIsAWarningAtThoseValues() {
    var ds = diagnostics(WEEKEND + """
        scenarios:
          black-friday:
            tiers: { api: { autoscaling: { min: 20, max: 40 } }, worker: { replicas: 9 } }
        """, Code.SCHEDULE_CUTS_SCENARIO);
    assertThat(ds).extracting(d -> d.location().specPath()).containsExactly(
        "/scenarios/black-friday/tiers/api/autoscaling/min", "/scenarios/black-friday/tiers/api/autoscaling/max",
        "/scenarios/black-friday/tiers/worker/replicas");
    assertThat(ds.get(0)).satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).isEqualTo("schedule `weekend` lowers `min` of tier `api` to 2 in scenario "
          + "`black-friday`, below the scenario's own 20");
      assertThat(d.hint()).contains("`schedules: { weekend: off }`", "`schedules: { weekend: { set: {...} } }`");
    });
  }

  @Test
  void valuesTheScenarioDoesNotSetOrThatTheScheduleRaisesPass() {
    // The scenario leaves `min` to the baseline (the same cut as there), and its `max` of 5 is below the weekend's 6.
    assertThat(diagnostics(WEEKEND + """
        scenarios:
          small:
            tiers: { api: { autoscaling: { max: 5 } }, worker: { replicas: 1 } }
        """, Code.SCHEDULE_CUTS_SCENARIO)).isEmpty();
  }

  @Test
  void aScenarioThatSwitchesTheScheduleOffOrSetsItsOwnValuesIsNotWarned() {
    assertThat(diagnostics(WEEKEND + """
        scenarios:
          black-friday:
            tiers: { api: { autoscaling: { min: 20, max: 40 } } }
            schedules: { weekend: off }
          sale:
            tiers: { api: { autoscaling: { min: 20, max: 40 } } }
            schedules: { weekend: { set: { api: { min: 10 } } } }
        """, Code.SCHEDULE_CUTS_SCENARIO)).isEmpty();
  }
}
