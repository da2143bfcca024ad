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

class MemoryTargetOnWorkersRuleTest {

  @Test
  void memoryTargetOnAWorkerTierIsAWarning() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          backend:
            image: shop/backend:1.0
            workers: { count: 8, arg: --workers }
            resources: { requests: { cpu: 2, memory: 2Gi } }
            autoscaling:
              min: 2
              max: 10
              cpu: 70%
              memory: 80%
            command: [uvicorn, app.main:app]
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.MEMORY_TARGET_ON_WORKERS);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(at(d)).isEqualTo("14:15");
      assertThat(d.message()).contains("`autoscaling.memory` (80%)", "tier `backend`", "8 pre-forked workers", "`max`");
      assertThat(d.hint()).contains("drop the `memory` target", "`cpu`");
    });
  }

  @Test
  void scenarioAddingAMemoryTargetIsAWarning() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          backend:
            image: shop/backend:1.0
            workers: { count: 4, env: WEB_CONCURRENCY }
            resources: { requests: { cpu: 2, memory: 2Gi } }
            autoscaling: { min: 2, max: 10, cpu: 70% }
        scenarios:
          spike:
            tiers:
              backend:
                autoscaling:
                  memory: 90%
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.MEMORY_TARGET_ON_WORKERS);
      assertThat(at(d)).isEqualTo("16:19");
      assertThat(d.message()).contains("(90%)", "scenario `spike`", "4 pre-forked workers");
    });
  }

  @Test
  void memoryTargetWithoutWorkersOrCpuOnlyWithWorkersPass() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          frontend:
            image: shop/frontend:1.0
            resources: { requests: { cpu: 250m, memory: 256Mi } }
            autoscaling: { min: 2, max: 10, cpu: 70%, memory: 80% }
          backend:
            image: shop/backend:1.0
            workers: { count: 8, arg: --workers }
            resources: { requests: { cpu: 2, memory: 2Gi } }
            autoscaling: { min: 2, max: 10, cpu: 70% }
            command: [uvicorn, app.main:app]
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
