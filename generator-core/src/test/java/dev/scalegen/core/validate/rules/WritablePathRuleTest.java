package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.at;
import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

class WritablePathRuleTest {

  @Test
  void aMemoryBackedPathWithNoBoundIsAWarningAtItsMedium() {
    assertThat(diagnostics(Code.UNBOUNDED_MEMORY_VOLUME, """
        tiers:
          worker:
            image: a:1
            replicas: 1
            writablePaths:
              - { path: /tmp, medium: Memory }
        """)).singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(at(d)).isEqualTo("9:31");
          assertThat(d.message()).contains("`writablePaths[0]`", "`/tmp`", "tier `worker`", "in memory");
          assertThat(d.hint()).contains("sizeLimit", "resources.limits.memory");
        });
  }

  @Test
  void aSizeLimitOrAMemoryLimitBoundsIt() {
    assertThat(diagnostics(Code.UNBOUNDED_MEMORY_VOLUME, """
        tiers:
          a:
            image: a:1
            replicas: 1
            writablePaths: [{ path: /tmp, medium: Memory, sizeLimit: 64Mi }]
          b:
            image: a:1
            replicas: 1
            resources: { limits: { memory: 1Gi } }
            writablePaths: [{ path: /tmp, medium: Memory }]
          c:
            image: a:1
            replicas: 1
            writablePaths: [{ path: /tmp }]
        """)).isEmpty();
  }

  @Test
  void aSizeLimitMustBeAPositiveQuantity() {
    assertThat(diagnostics(Code.BAD_QUANTITY, """
        tiers:
          a:
            image: a:1
            replicas: 1
            writablePaths: [{ path: /tmp, sizeLimit: 64MB }, { path: /cache, sizeLimit: 0 }]
        """)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/a/writablePaths/0/sizeLimit", "/tiers/a/writablePaths/1/sizeLimit");
  }
}
