package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class RolloutBudgetRuleTest {

  @Test
  void moreThanOnePodDownAtTheHighestCountIsAWarningWhereTheTierHasABudget() {
    assertThat(diagnostics(Code.ROLLOUT_ABOVE_BUDGET, """
        tiers:
          hpa:
            image: a:1
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 2, max: 8, cpu: 70% }
            rollout: { maxUnavailable: 25% }
          small: { image: a:1, replicas: 7, rollout: { maxUnavailable: 25% } }
          one: { image: a:1, replicas: 1, rollout: { maxUnavailable: 2 } }
          day: { image: a:1, replicas: 1, rollout: { maxUnavailable: 2 } }
          db: { image: a:1, replicas: 5, stateful: true, rollout: { maxUnavailable: 25% } }
          fine: { image: a:1, replicas: 50, rollout: { maxUnavailable: 1 } }
        schedules:
          daytime:
            window: { from: "08:00", to: "20:00", timeZone: UTC }
            set: { day: { replicas: 4 } }
        """)).extracting(d -> d.location().specPath() + " " + d.message().replaceAll(".* stop (\\d+ of its \\d+).*", "$1"))
        .containsExactly("/tiers/hpa/rollout/maxUnavailable 2 of its 8", "/tiers/day/rollout/maxUnavailable 2 of its 4",
            "/tiers/db/rollout/maxUnavailable 2 of its 5");
  }

  @Test
  void aScenarioThatRaisesTheCountIsMeasuredAtItsOwnCountAndReportedAtTheTiersValue() {
    assertThat(diagnostics(Code.ROLLOUT_ABOVE_BUDGET, """
        tiers:
          web: { image: a:1, replicas: 4, rollout: { maxUnavailable: 25% } }
        scenarios:
          peak: { tiers: { web: { replicas: 8 } } }
        """)).singleElement().satisfies(d -> {
          assertThat(d.location().specPath()).isEqualTo("/tiers/web/rollout/maxUnavailable");
          assertThat(d.message()).contains("2 of its 8 pods (`replicas` in scenario `peak`)");
        });
  }
}
