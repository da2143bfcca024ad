package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class LivenessProbeRuleTest {

  @Test
  void livenessRepeatingReadinessOnASlowStarterWithoutStartupIsAWarning() {
    assertThat(diagnostics(Code.LIVENESS_AS_READINESS, """
        tiers:
          workers:
            image: a:1
            command: [gunicorn]
            workers: { count: 8, arg: --workers }
            port: 8000
            replicas: 1
            probes: { readiness: { http: /h }, liveness: { http: /h, port: 8000, periodSeconds: 30 } }
          delayed:
            image: a:1
            replicas: 1
            probes: { readiness: { tcp: 80 }, liveness: { tcp: 80, initialDelaySeconds: 10 } }
        """)).extracting(d -> d.location().specPath() + " " + d.message().contains("worker processes"))
        .containsExactly("/tiers/workers/probes/liveness true", "/tiers/delayed/probes/liveness false");
  }

  @Test
  void aStartupProbeADifferentCheckOrAQuickStartSilenceIt() {
    assertThat(diagnostics(Code.LIVENESS_AS_READINESS, """
        tiers:
          withStartup:
            image: a:1
            command: [gunicorn]
            workers: { count: 8, arg: --workers }
            replicas: 1
            probes: { readiness: { tcp: 80 }, liveness: { tcp: 80 }, startup: { tcp: 80, failureThreshold: 30 } }
          different:
            image: a:1
            command: [gunicorn]
            workers: { count: 8, arg: --workers }
            port: 8000
            replicas: 1
            probes: { readiness: { http: /ready }, liveness: { http: /live } }
          quick:
            image: a:1
            replicas: 1
            probes: { readiness: { tcp: 80, initialDelaySeconds: 9 }, liveness: { tcp: 80 } }
        """)).isEmpty();
  }

  @Test
  void grpcProbesRepeatEachOtherOnlyOnTheSamePortAndServiceWhileHeadersDoNotCount() {
    assertThat(diagnostics(Code.LIVENESS_AS_READINESS, """
        tiers:
          same:
            image: a:1
            replicas: 1
            probes: { readiness: { grpc: 7070 }, liveness: { grpc: 7070, initialDelaySeconds: 15 } }
          otherService:
            image: a:1
            replicas: 1
            probes: { readiness: { grpc: 7070 }, liveness: { grpc: 7070, service: live, initialDelaySeconds: 15 } }
          otherPort:
            image: a:1
            replicas: 1
            probes: { readiness: { grpc: 7070 }, liveness: { grpc: 7071, initialDelaySeconds: 15 } }
          tagged:
            image: a:1
            port: 8080
            replicas: 1
            probes:
              readiness: { http: /h, headers: { Cookie: r=1 }, initialDelaySeconds: 10 }
              liveness: { http: /h, headers: { Cookie: l=1 } }
        """)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/same/probes/liveness", "/tiers/tagged/probes/liveness");
  }
}
