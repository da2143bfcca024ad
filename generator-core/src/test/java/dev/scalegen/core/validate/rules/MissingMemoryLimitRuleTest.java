package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingMemoryLimitRuleTest {

  private static final String HEAD = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop }
      tiers:
      """;

  @Test
  void aTierWithoutResourcesIsWarnedAboutAtItsKeyAndAStoreIsToldToCapItself() {
    List<Diagnostic> ds = diagnostics("""
          redis:
            image: redis:7.2
            stateful: true
            replicas: 1
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(at(d)).isEqualTo("5:3");
      assertThat(d.message()).contains("tier `redis` has no `resources.limits.memory`", "out-of-memory killer");
      assertThat(d.hint()).contains("`resources.limits.memory`", "`limits: { memory: 512Mi }`", "Redis `maxmemory`");
    });
  }

  @Test
  void requestsWithoutLimitsAreWarnedAboutAtResourcesWithTheRequestAsTheSuggestedLimit() {
    List<Diagnostic> ds = diagnostics("""
          web:
            image: nginx:1.27
            replicas: 2
            resources:
              requests: { cpu: 250m, memory: 300Mi }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(at(d)).isEqualTo("8:5");
      assertThat(d.hint()).contains("`300Mi`, the request").doesNotContain("maxmemory");
    });
  }

  @Test
  void aCpuLimitAloneIsWarnedAboutAtTheLimits() {
    List<Diagnostic> ds = diagnostics("""
          web:
            image: nginx:1.27
            replicas: 2
            resources:
              requests: { cpu: 250m, memory: 300Mi }
              limits: { cpu: "1" }
        """);
    assertThat(ds).singleElement().satisfies(d -> assertThat(at(d)).isEqualTo("10:7"));
  }

  @Test
  void aMemoryLimitPassesWithoutACpuLimit() {
    assertThat(diagnostics("""
          web:
            image: nginx:1.27
            replicas: 2
            resources: { requests: { cpu: 250m, memory: 256Mi }, limits: { memory: 256Mi } }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String tiers) {
    return Generator.validate(new SpecSource("scaling.yaml", HEAD + tiers)).diagnostics().stream()
        .filter(d -> d.code() != Code.MISSING_REQUESTS && d.code() != Code.STATEFUL_READ_ONLY).toList();
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
