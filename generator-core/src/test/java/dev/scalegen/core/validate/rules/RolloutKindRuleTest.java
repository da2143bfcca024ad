package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class RolloutKindRuleTest {

  @Test
  void surgeIsForDeploymentsAndPartitionForStatefulSetsOnTheTierAndInScenarios() {
    assertThat(diagnostics(Code.FIELD_NOT_FOR_TIER, """
        tiers:
          web: { image: a:1, replicas: 2, rollout: { maxSurge: 1, partition: 1 } }
          db: { image: a:1, replicas: 2, stateful: true, rollout: { maxSurge: 1, partition: 1 } }
        scenarios:
          x: { tiers: { web: { rollout: { partition: 0 } }, db: { rollout: { maxSurge: 2 } } } }
        """)).extracting(d -> d.location().specPath()).containsExactly("/tiers/web/rollout/partition",
        "/tiers/db/rollout/maxSurge", "/scenarios/x/tiers/web/rollout/partition",
        "/scenarios/x/tiers/db/rollout/maxSurge");
  }
}
