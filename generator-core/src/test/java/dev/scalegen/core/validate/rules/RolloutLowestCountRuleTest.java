package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class RolloutLowestCountRuleTest {

  @Test
  void aPercentageThatRoundsToNoPodWithoutSurgeOrOneThatStopsEveryPodIsAWarning() {
    assertThat(diagnostics(Code.ROLLOUT_AT_LOWEST_COUNT, """
        tiers:
          rounds: { image: a:1, replicas: 5, rollout: { maxSurge: 0, maxUnavailable: 10% } }
          surges: { image: a:1, replicas: 5, rollout: { maxUnavailable: 10% } }
          only: { image: a:1, replicas: 1, rollout: { maxSurge: 0, maxUnavailable: 1 } }
          all: { image: a:1, replicas: 3, rollout: { maxUnavailable: 100% } }
          fine: { image: a:1, replicas: 4, rollout: { maxSurge: 0, maxUnavailable: 25% } }
          stopped: { image: a:1, replicas: 0, rollout: { maxSurge: 0, maxUnavailable: 1 } }
          db: { image: a:1, replicas: 3, stateful: true, rollout: { maxUnavailable: 67% } }
          db1: { image: a:1, replicas: 1, stateful: true, rollout: { maxUnavailable: 1 } }
        """)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/rounds/rollout/maxUnavailable", "/tiers/only/rollout/maxUnavailable",
            "/tiers/all/rollout/maxUnavailable", "/tiers/db/rollout/maxUnavailable");
  }

  @Test
  void aScheduleThatLowersTheCountIsWhereItIsMeasured() {
    assertThat(diagnostics(Code.ROLLOUT_AT_LOWEST_COUNT, """
        tiers:
          web:
            image: a:1
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 4, max: 8, cpu: 70% }
            rollout: { maxSurge: 0, maxUnavailable: 25% }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { web: { min: 2 } }
        """)).singleElement().satisfies(d -> assertThat(d.message()).contains("at 2 pods (schedule `night`'s `min`)"));
  }
}
