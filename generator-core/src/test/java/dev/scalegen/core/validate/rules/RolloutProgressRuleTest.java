package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class RolloutProgressRuleTest {

  @Test
  void noSurgeAndNoUnavailablePodIsAnErrorAtTheValueToChange() {
    assertThat(diagnostics(Code.ROLLOUT_CANNOT_PROGRESS, """
        tiers:
          alone: { image: a:1, replicas: 2, rollout: { maxSurge: 0 } }
          both: { image: a:1, replicas: 2, rollout: { maxSurge: 0%, maxUnavailable: 0% } }
          fine: { image: a:1, replicas: 2, rollout: { maxSurge: 0, maxUnavailable: 1 } }
          surge: { image: a:1, replicas: 2, rollout: { maxUnavailable: 0 } }
          db: { image: a:1, replicas: 2, stateful: true, rollout: { maxUnavailable: 0 } }
        scenarios:
          x: { tiers: { fine: { rollout: { maxUnavailable: 0 } }, alone: { replicas: 3 } } }
        """)).extracting(d -> d.location().specPath()).containsExactlyInAnyOrder(
        "/tiers/alone/rollout/maxSurge", "/tiers/both/rollout/maxUnavailable", "/tiers/db/rollout/maxUnavailable",
        "/scenarios/x/tiers/fine/rollout/maxUnavailable");
  }
}
