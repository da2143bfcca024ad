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

class TargetWithoutRequestRuleTest {

  @Test
  void cpuTargetWithoutCpuRequestIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests:
                memory: 256Mi
            autoscaling:
              min: 2
              max: 5
              cpu: 70%
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.TARGET_WITHOUT_REQUEST);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("14:12");
      assertThat(d.message()).contains("`autoscaling.cpu` (70%)", "`resources.requests.cpu`", "tier `web`");
      assertThat(d.hint()).contains("resources.requests.cpu");
    });
  }

  @Test
  void memoryTargetWithoutAnyResourcesIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests:
                cpu: 500m
            autoscaling:
              min: 2
              max: 5
              cpu: 70%
              memory: 80%
          api:
            image: nginx:1.27
            autoscaling:
              min: 2
              max: 5
              cpu: 70%
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.TARGET_WITHOUT_REQUEST);
    assertThat(ds).extracting(TargetWithoutRequestRuleTest::at).containsExactly("15:15", "21:12");
    assertThat(ds.get(0).message()).contains("`autoscaling.memory` (80%)", "`resources.requests.memory`");
    assertThat(ds.get(1).message()).contains("tier `api`");
  }

  @Test
  void scenarioAddingATargetWithoutRequestIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests:
                cpu: 500m
            autoscaling:
              min: 2
              max: 5
              cpu: 70%
        scenarios:
          spike:
            tiers:
              web:
                autoscaling:
                  memory: 80%
          fixed:
            tiers:
              web:
                resources:
                  requests:
                    memory: 256Mi
                autoscaling:
                  memory: 80%
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.TARGET_WITHOUT_REQUEST);
      assertThat(at(d)).isEqualTo("20:19");
      assertThat(d.message()).contains("scenario `spike`");
    });
  }

  @Test
  void aRequestOfZeroIsRefusedLikeAMissingOne() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          api:
            image: nginx:1.27
            resources: { requests: { cpu: "0", memory: 0 } }
            autoscaling: { min: 2, max: 5, cpu: 70%, memory: 80% }
          web:
            image: nginx:1.27
            resources: { requests: { cpu: 0m, memory: 0Gi } }
            autoscaling: { min: 2, max: 5, cpu: 70% }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.TARGET_WITHOUT_REQUEST);
    assertThat(ds).extracting(TargetWithoutRequestRuleTest::at).containsExactly("9:41", "9:54", "13:41");
    assertThat(ds.get(0).message()).isEqualTo("`autoscaling.cpu` (70%) needs a `resources.requests.cpu` above zero, "
        + "not `0`, in tier `api`; utilization is a percentage of the request, so the HPA would never act");
    assertThat(ds.get(0).hint()).isEqualTo("set `resources.requests.cpu` (e.g. `cpu: 500m`), or remove the `cpu` target");
    assertThat(ds.get(2).message()).contains("not `0m`", "tier `web`");
  }

  @Test
  void aScenarioThatZeroesTheRequestOfATargetIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources: { requests: { cpu: 500m, memory: 0 } }
            autoscaling: { min: 2, max: 5, cpu: 70% }
        scenarios:
          zero-cpu:
            tiers:
              web: { resources: { requests: { cpu: 0.0 } } }
          memory:
            tiers:
              web: { autoscaling: { memory: 80% } }
          fixed:
            tiers:
              web: { resources: { requests: { memory: 1Gi } }, autoscaling: { memory: 80% } }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.TARGET_WITHOUT_REQUEST);
    assertThat(ds).extracting(TargetWithoutRequestRuleTest::at).containsExactly("13:44", "16:37");
    assertThat(ds.get(0).message()).contains("`autoscaling.cpu` (70%)", "not `0.0`", "scenario `zero-cpu`");
    assertThat(ds.get(1).message()).contains("`autoscaling.memory` (80%)", "not `0`", "scenario `memory`");
  }

  @Test
  void targetsWithRequestsPass() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            resources:
              requests: { cpu: 500m, memory: 256Mi }
            autoscaling: { min: 2, max: 5, cpu: 70%, memory: 80% }
        scenarios:
          spike:
            tiers:
              web: { autoscaling: { max: 10, memory: 90% } }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
