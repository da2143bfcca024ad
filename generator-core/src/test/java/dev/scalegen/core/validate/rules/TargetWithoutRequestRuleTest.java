package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
    // (SG255, a missing readiness probe, and SG259, workers' grace period, have tests of their own.)
    return Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics().stream()
        .filter(d -> d.code() != Code.NO_READINESS_PROBE && d.code() != Code.WORKERS_DEFAULT_GRACE).toList();
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
