package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.at;
import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

class ReadinessProbeRuleTest {

  @Test
  void anAutoscaledTierWithoutReadinessIsAWarningAtAutoscaling() {
    assertThat(diagnostics(Code.NO_READINESS_PROBE, """
        tiers:
          api:
            image: a:1
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 2, max: 4, cpu: 70% }
          ready:
            image: a:1
            port: 80
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 2, max: 4, cpu: 70% }
            probes: { readiness: { http: /ready } }
          fixed:
            image: a:1
            replicas: 2
        """)).singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(at(d)).isEqualTo("8:5");
          assertThat(d.message()).contains("autoscaled tier `api`", "`probes.readiness`");
        });
  }
}
