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

  @Test
  void grpcIsAnActionWithItsOwnPortAndServiceAndHeadersBelongToTheirActions() {
    assertThat(diagnostics(Code.PROBE_FORM, """
        tiers:
          api:
            image: a:1
            port: 7070
            replicas: 1
            probes:
              readiness: { grpc: 7070, service: cart }
              liveness: { grpc: 7070, port: 7070 }
              startup: { grpc: 7070, exec: [ok] }
          web:
            image: a:1
            port: 8080
            replicas: 1
            probes:
              readiness: { http: /ready, headers: { Cookie: x=1 } }
              liveness: { tcp: 8080, service: web }
              startup: { tcp: 8080, headers: { Cookie: x=1 } }
        """)).extracting(d -> d.location().specPath() + " " + d.hint()).containsExactly(
            "/tiers/api/probes/liveness/port remove `port`: `grpc` is the port",
            "/tiers/api/probes/startup keep one, e.g. `{ http: /healthz }`",
            "/tiers/web/probes/liveness/service remove `service`, or make the probe `grpc: <port>`",
            "/tiers/web/probes/startup/headers remove `headers`");
  }
}
