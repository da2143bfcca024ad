package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class ProbeFormRuleTest {

  @Test
  void eachWayAProbeCanBeRefusedIsReportedAtItsField() {
    assertThat(diagnostics(Code.PROBE_FORM, """
        tiers:
          api:
            image: a:1
            replicas: 1
            probes:
              readiness: { http: /ready }
              liveness: { http: /live, tcp: 80 }
              startup: { tcp: 80, port: 80, successThreshold: 3 }
          web:
            image: a:1
            replicas: 1
            probes: { readiness: { periodSeconds: 5 } }
        """)).extracting(d -> d.location().specPath()).containsExactly(
            "/tiers/api/probes/readiness/http", "/tiers/api/probes/liveness",
            "/tiers/api/probes/startup/port", "/tiers/api/probes/startup/successThreshold",
            "/tiers/web/probes/readiness");
  }

  @Test
  void anHttpProbeUsesTheTiersPortAndReadinessMayNeedSeveralSuccesses() {
    assertThat(diagnostics(Code.PROBE_FORM, """
        tiers:
          api:
            image: a:1
            port: 8000
            replicas: 1
            probes:
              readiness: { http: /ready, successThreshold: 2 }
              liveness: { exec: [test, -f, /tmp/alive] }
              startup: { tcp: 8000 }
        """)).isEmpty();
  }
}
