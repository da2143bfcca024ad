package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class PodTemplateResourcesRuleTest {

  private static final String TIERS = """
      tiers:
        web:
          image: nginx:1.27
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
          autoscaling: { min: 2, max: 4, memory: 80% }
          podTemplate:
            spec:
              initContainers:
                - { name: migrate, image: busybox }
                - { name: mesh, image: envoy, restartPolicy: Always }
              containers:
                - name: web
                  env: [{ name: A, value: "1" }]
                - name: shipper
                  image: fluent-bit
                  resources: { requests: { cpu: 10m, memory: 32Mi }, limits: { memory: 64Mi } }
      """;

  @Test
  void aNativeSidecarWithoutTheRequestTheHpaTargetsStopsTheHpa() {
    assertThat(diagnostics(Code.TARGET_WITHOUT_REQUEST, TIERS)).singleElement().satisfies(d -> {
      assertThat(d.location().specPath()).isEqualTo("/tiers/web/podTemplate/spec/initContainers/1/name");
      assertThat(d.message()).contains("`autoscaling.memory` (80%)", "sidecar `mesh`");
    });
  }

  @Test
  void sidecarsDrawTheTiersWarningsButNotPlainInitContainersNorTheTiersContainer() {
    assertThat(diagnostics(Code.MISSING_REQUESTS, TIERS)).extracting(d -> d.message())
        .containsExactly("sidecar `mesh` of tier `web` requests no `cpu`: the scheduler does not count what it uses,"
            + " so nodes can be overcommitted");
    assertThat(diagnostics(Code.NO_MEMORY_LIMIT, TIERS)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/web/podTemplate/spec/initContainers/1/name");
  }
}
