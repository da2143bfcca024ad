package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.KedaRuleFixture.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class WorkloadAdoptedTwiceRuleTest {

  @Test
  void theSecondTierOnOneWorkloadIsAnErrorAtItsName() {
    assertThat(reported("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        base: base
        tiers:
          web:
            adopt: { kind: Deployment, name: web }
            autoscaling: { min: 2, max: 10, cpu: 70% }
          web-queue:
            adopt: { kind: Deployment, name: web }
            autoscaling:
              engine: keda
              min: 1
              max: 10
              triggers: [{ type: redis-list, address: "redis:6379", list: web, target: 10 }]
          jobs:
            adopt: { kind: Deployment, name: jobs }
            replicas: 2
        """, Code.WORKLOAD_ADOPTED_TWICE)).singleElement().satisfies(d -> {
          assertThat(KedaRuleFixture.at(d)).isEqualTo("10:38");
          assertThat(d.message()).contains("`web` and `web-queue`", "Deployment/web");
        });
  }
}
