package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Behavior;
import java.util.List;
import org.junit.jupiter.api.Test;

class HpaReaderTest {

  private static HpaReader.Read read(String version, String spec) {
    return HpaReader.read(Manifests.one("apiVersion: " + version + "\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\n"
        + "spec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n" + spec.indent(2)));
  }

  @Test
  void v2TargetsAndBehaviorAreFolded() {
    var r = read("autoscaling/v2", """
        minReplicas: 2
        maxReplicas: 10
        metrics:
          - {type: Resource, resource: {name: memory, target: {type: Utilization, averageUtilization: 80}}}
          - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}
        behavior:
          scaleDown: {stabilizationWindowSeconds: 600, policies: [{type: Pods, value: 1, periodSeconds: 60}]}
        """);
    assertThat(r.targetName()).isEqualTo("web");
    assertThat(r.autoscaling()).isEqualTo(new Autoscaling(2, 10, 70, 80, new Behavior(null, null,
        new Behavior.Rules(600, null, List.of(new Behavior.Policy("Pods", 1, 60))))));
    assertThat(r.findings().diagnostics()).isEmpty();
  }

  @Test
  void v1AndV2beta1AndTheDefaultMinimum() {
    assertThat(read("autoscaling/v1", "maxReplicas: 4\ntargetCPUUtilizationPercentage: 60").autoscaling())
        .isEqualTo(new Autoscaling(1, 4, 60, null, null));
    assertThat(read("autoscaling/v2beta1", "minReplicas: 2\nmaxReplicas: 4\nmetrics:\n"
        + "  - {type: Resource, resource: {name: cpu, targetAverageUtilization: 50}}").autoscaling().cpu()).isEqualTo(50);
  }

  @Test
  void fieldsThatNoVersionHasAreReportedAtTheirKey() {
    var r = read("autoscaling/v2", "minReplicas: 1\nmaxReplicas: 3\ntargetCPUUtilization: 60");
    assertThat(r.findings().diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.HPA_UNKNOWN_FIELD);
      assertThat(d.message()).contains("`spec.targetCPUUtilization`").contains("(60)");
      assertThat(d.location().line()).isEqualTo(8);
      assertThat(d.location().column()).isEqualTo(3);
    });
    var v1 = read("autoscaling/v1", "maxReplicas: 3\ntargetMemoryUtilization: 80");
    assertThat(v1.findings().diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.hint()).contains("autoscaling/v1 has no memory target"));
  }

  @Test
  void otherMetricsAreNotCarried() {
    var r = read("autoscaling/v2", "maxReplicas: 3\nmetrics:\n"
        + "  - {type: External, external: {metric: {name: queue}, target: {type: AverageValue, averageValue: 30}}}");
    assertThat(r.autoscaling().cpu()).isNull();
    assertThat(r.findings().diagnostics()).extracting(d -> d.code()).containsExactly(Code.NOT_CARRIED);
  }
}
