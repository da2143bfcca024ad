package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

class ScheduleValuesRuleTest {

  private static String night(String set) {
    return """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: %s
        """.formatted(set);
  }

  @Test
  void valuesWithinTheBoundsOfEverySetPass() {
    String spec = night("{ api: { min: 2, max: 6 }, worker: { replicas: 0 } }") + """
        scenarios:
          peak: { tiers: { api: { autoscaling: { min: 8, max: 40 } }, worker: { replicas: 9 } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULE_OUT_OF_BOUNDS)).isEmpty();
    assertThat(diagnostics(spec, Code.SCHEDULE_CHANGES_NOTHING)).isEmpty();
  }

  @Test
  void aMinimumAboveTheMaximumOfOneScenarioIsAnErrorNamingIt() {
    String spec = night("{ api: { min: 8 } }") + """
        scenarios:
          small: { tiers: { api: { autoscaling: { max: 6 } } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULE_OUT_OF_BOUNDS)).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).contains("`min` of tier `api` to 8", "maximum of 6", "scenario `small`");
      assertThat(d.location().specPath()).isEqualTo("/schedules/night/set/api/min");
    });
  }

  @Test
  void aMaximumBelowTheMinimumAndAMinimumOfZeroAreErrors() {
    assertThat(diagnostics(night("{ api: { max: 3 } }"), Code.SCHEDULE_OUT_OF_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("`max` of tier `api` to 3, below the minimum of 4"));
    assertThat(diagnostics(night("{ api: { min: 0 } }"), Code.SCHEDULE_OUT_OF_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.hint()).contains("`replicas: 0`"));
  }

  @Test
  void aScheduleThatSetsTheValuesASetHasIsAWarningPerSet() {
    String spec = night("{ api: { min: 4 }, worker: { replicas: 3 } }") + """
        scenarios:
          peak: { tiers: { api: { autoscaling: { min: 8 } } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULE_CHANGES_NOTHING))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
        .extracting(d -> d.message())
        .containsExactlyInAnyOrder(
            "schedule `night` changes nothing on tier `api` in the baseline, which already has `min: 4`",
            "schedule `night` changes nothing on tier `worker` in the baseline, which already has `replicas: 3`",
            "schedule `night` changes nothing on tier `worker` in scenario `peak`, which already has `replicas: 3`");
  }

  @Test
  void boundsTheScheduleSetsBothAreReportedOnceNotPerSet() {
    String spec = night("{ api: { min: 9, max: 5 } }") + """
        scenarios:
          peak: { tiers: { api: { autoscaling: { max: 40 } } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULE_OUT_OF_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("to 9, above the maximum of 5 it also sets"));
  }

  @Test
  void aBoundTheScenarioSetsIsNamedWithItsLineWhileTheDiagnosticStaysAtTheScheduledValue() {
    // Lines 1-10: header, tiers and the schedule; the scenario's override is on line 12.
    String spec = night("{ api: { min: 8 } }") + """
        scenarios:
          small: { tiers: { api: { autoscaling: { max: 6 } } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULE_OUT_OF_BOUNDS)).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("schedule `night` sets `min` of tier `api` to 8, above the maximum of 6"
          + " in scenario `small` (set by the scenario at line 12)");
      assertThat(d.hint()).isEqualTo(
          "lower `min` to at most 6, or also set `max` in the schedule, or raise the scenario's `max`");
      assertThat(d.location().specPath()).isEqualTo("/schedules/night/set/api/min");
    });
    String below = night("{ api: { max: 5 } }") + """
        scenarios:
          big: { tiers: { api: { autoscaling: { min: 7 } } } }
        """;
    assertThat(diagnostics(below, Code.SCHEDULE_OUT_OF_BOUNDS)).singleElement().satisfies(d -> {
      assertThat(d.message()).endsWith("to 5, below the minimum of 7 in scenario `big` (set by the scenario at line 12)");
      assertThat(d.hint()).endsWith(", or lower the scenario's `min`");
      assertThat(d.location().specPath()).isEqualTo("/schedules/night/set/api/max");
    });
  }

  @Test
  void aValueThatRepeatsTheScenariosOwnNamesItsLineAndOneFromTheBaselineDoesNot() {
    String spec = night("{ api: { min: 2 }, worker: { replicas: 3 } }") + """
        scenarios:
          quiet: { tiers: { api: { autoscaling: { min: 2 } } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULE_CHANGES_NOTHING)).extracting(d -> d.message())
        .containsExactlyInAnyOrder(
            "schedule `night` changes nothing on tier `api` in scenario `quiet`, which already has `min: 2`"
                + " (set by the scenario at line 12)",
            "schedule `night` changes nothing on tier `worker` in the baseline, which already has `replicas: 3`",
            "schedule `night` changes nothing on tier `worker` in scenario `quiet`, which already has `replicas: 3`");
  }
}
