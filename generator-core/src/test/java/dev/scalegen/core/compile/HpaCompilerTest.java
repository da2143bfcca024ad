package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.SpecSource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;

/** Rule 2, and behaviour presets and explicit policies (rule 4's output side). */
class HpaCompilerTest {

  private static HorizontalPodAutoscaler hpa(String autoscaling) {
    return object(generate(spec("""
        tiers:
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: %s
        """.formatted(autoscaling))), "api/hpa.yaml", HorizontalPodAutoscaler.class);
  }

  private static String describe(HPAScalingRules r) {
    return r.getStabilizationWindowSeconds() + " " + r.getSelectPolicy() + " "
        + r.getPolicies().stream().map(p -> p.getType() + "/" + p.getValue() + "/" + p.getPeriodSeconds()).toList();
  }

  @Test
  void everyUtilizationTargetHasARequestOnTheContainer() {
    Result result = generate(spec("""
        tiers:
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 4, cpu: 70%, memory: 80 }
        """));
    var hpa = object(result, "api/hpa.yaml", HorizontalPodAutoscaler.class);
    var requests = object(result, "api/deployment.yaml", Deployment.class)
        .getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests();
    assertThat(hpa.getSpec().getMetrics()).hasSize(2).allSatisfy(m -> {
      assertThat(m.getType()).isEqualTo("Resource");
      assertThat(requests).containsKey(m.getResource().getName());
    });
  }

  @Test
  void aTargetWithoutItsRequestIsAnErrorAndNothingIsGenerated() {
    Result result = Generator.generate(new SpecSource("scaling.yaml", spec("""
        tiers:
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 1, max: 4, memory: 80% }
        """)), Options.defaults());
    assertThat(result.valid()).isFalse();
    assertThat(result.manifests()).isEmpty();
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(Code.TARGET_WITHOUT_REQUEST);
      assertThat(d.message()).contains("autoscaling.memory");
    });
  }

  @Test
  void anHpaWithoutTargetsFallsBackToCpuAndSoNeedsACpuRequest() {
    Result result = Generator.generate(new SpecSource("scaling.yaml", spec("""
        tiers:
          api: { image: shop/api:1.0, autoscaling: { min: 1, max: 4 } }
        """)), Options.defaults());
    assertThat(result.manifests()).isEmpty();
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(Code.TARGET_WITHOUT_REQUEST);
      assertThat(d.message()).contains("80% CPU");
    });
    var hpa = object(generate(spec("""
        tiers:
          api: { image: shop/api:1.0, resources: { requests: { cpu: 1 } }, autoscaling: { min: 1, max: 4 } }
        """)), "api/hpa.yaml", HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getMetrics()).isEmpty();
  }

  @Test
  void noBehaviourMeansKubernetesDefaults() {
    assertThat(hpa("{ min: 1, max: 4, cpu: 70% }").getSpec().getBehavior()).isNull();
  }

  @Test
  void fastUpScalesUpAtOnceAndLeavesScaleDownAlone() {
    var behavior = hpa("{ min: 1, max: 4, cpu: 70%, behavior: fast-up }").getSpec().getBehavior();
    assertThat(describe(behavior.getScaleUp())).isEqualTo("0 Max [Percent/100/15, Pods/10/15]");
    assertThat(behavior.getScaleDown()).isNull();
  }

  @Test
  void slowDownReleasesTenPercentAMinuteAfterTenMinutes() {
    var behavior = hpa("{ min: 1, max: 4, cpu: 70%, behavior: slow-down }").getSpec().getBehavior();
    assertThat(behavior.getScaleUp()).isNull();
    assertThat(describe(behavior.getScaleDown())).isEqualTo("600 Max [Percent/10/60]");
  }

  @Test
  void steadyIsBoth() {
    var behavior = hpa("{ min: 1, max: 4, cpu: 70%, behavior: steady }").getSpec().getBehavior();
    assertThat(describe(behavior.getScaleUp())).isEqualTo("0 Max [Percent/100/15, Pods/10/15]");
    assertThat(describe(behavior.getScaleDown())).isEqualTo("600 Max [Percent/10/60]");
  }

  @Test
  void explicitRulesAreEmittedAsWrittenAndNothingMore() {
    var behavior = hpa("""
        { min: 1, max: 4, cpu: 70%, behavior: { scaleDown: { policies: [ { type: Pods, value: 1, periodSeconds: 120 } ] } } }
        """.strip()).getSpec().getBehavior();
    assertThat(behavior.getScaleUp()).isNull();
    assertThat(describe(behavior.getScaleDown())).isEqualTo("null null [Pods/1/120]");
  }

  @Test
  void theHpaTargetsTheWorkloadOfTheSameName() {
    var ref = hpa("{ min: 1, max: 4, cpu: 70% }").getSpec().getScaleTargetRef();
    assertThat(ref.getApiVersion()).isEqualTo("apps/v1");
    assertThat(ref.getKind()).isEqualTo("Deployment");
    assertThat(ref.getName()).isEqualTo("shop-api");
  }

  @Test
  void hpaYamlHasNoTargetCpuUtilizationField() {
    Result result = generate(spec("""
        tiers:
          api:
            image: shop/api:1.0
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 1, max: 4, cpu: 70% }
        """));
    assertThat(result.manifests()).extracting(Manifest::content)
        .allSatisfy(c -> assertThat(c).doesNotContain("targetCPUUtilization"));
  }

  @Test
  void theLargestInt32ReachesTheHpaAndEveryPercentFormTheSameTarget() {
    HorizontalPodAutoscaler hpa = hpa("""
        { min: 1, max: 2147483647, cpu: "70", memory: 70,
          behavior: { scaleUp: { policies: [ { type: Percent, value: 2147483647, periodSeconds: 1800 } ] } } }""");
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(2147483647);
    assertThat(hpa.getSpec().getMetrics()).extracting(m -> m.getResource().getTarget().getAverageUtilization())
        .containsExactly(70, 70);
    assertThat(describe(hpa.getSpec().getBehavior().getScaleUp())).isEqualTo("null null [Percent/2147483647/1800]");
  }
}
