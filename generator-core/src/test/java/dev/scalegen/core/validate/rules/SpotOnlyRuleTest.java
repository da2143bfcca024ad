package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotOnlyRuleTest {

  @Test
  void aTierThatMayRunOnePodOrKeepsStateOnlyOnSpotNodesIsAWarningAtTheMode() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          spot: { preset: karpenter-spot }
        tiers:
          runner:
            image: shop/runner:1.0
            replicas: 1
            placement: { pool: spot, mode: required }
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 500m, memory: 512Mi } }
            autoscaling: { min: 1, max: 10, cpu: 70% }
            placement: { pool: spot, mode: required }
          cache:
            image: redis:7.2
            stateful: true
            replicas: 1
            securityContext: { readOnlyRootFilesystem: false }
            placement: { pool: spot, mode: required }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.SPOT_ONLY_SINGLE_POD);
    assertThat(ds).extracting(d -> d.location().line() + ":" + d.location().column())
        .containsExactly("11:36", "16:36", "22:36");
    assertThat(ds.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(ds.get(0).message()).isEqualTo("tier `runner` may run a single pod, and only on spot nodes "
        + "(`mode: required` on pool `spot`): each spot reclaim stops the tier until the pool has a node again");
    assertThat(ds.get(0).hint()).isEqualTo(
        "run at least 2 replicas (`min: 2`), or use `mode: preferred` so that the pod can run on other nodes");
    assertThat(ds.get(2).message()).startsWith("stateful tier `cache` runs only on spot nodes");
  }

  @Test
  void aScenarioThatBringsSuchATierDownToOnePodIsReportedThere() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          spot: { preset: gke-spot }
        tiers:
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 500m, memory: 512Mi } }
            autoscaling: { min: 3, max: 10, cpu: 70% }
            placement: { pool: spot, mode: required }
        scenarios:
          quiet:
            tiers:
              api: { autoscaling: { min: 1 } }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.SPOT_ONLY_SINGLE_POD);
      assertThat(d.location().line()).isEqualTo(16);
      assertThat(d.message()).contains("may run a single pod in scenario `quiet`");
    });
  }

  @Test
  void severalPodsPreferredPlacementAndCustomPoolsPass() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          spot: { preset: aks-spot }
          gpu: { preset: custom, nodeLabel: { key: example.com/gpu, value: "true" } }
        tiers:
          workers:
            image: shop/worker:1.0
            replicas: 2
            placement: { pool: spot, mode: required }
          api:
            image: shop/api:1.0
            replicas: 1
            placement: { pool: spot }
          render:
            image: shop/render:1.0
            replicas: 1
            placement: { pool: gpu, mode: required }
        """);
    assertThat(ds).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }
}
