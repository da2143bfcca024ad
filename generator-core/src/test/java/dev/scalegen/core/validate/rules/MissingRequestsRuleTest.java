package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingRequestsRuleTest {

  private static final String HEAD = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop }
      tiers:
      """;

  @Test
  void aTierWithoutResourcesIsBestEffortAndIsWarnedAboutAtItsKey() {
    List<Diagnostic> ds = diagnostics("""
          redis:
            image: redis:7.2
            stateful: true
            replicas: 1
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(at(d)).isEqualTo("5:3");
      assertThat(d.location().specPath()).isEqualTo("/tiers/redis");
      assertThat(d.message()).contains("tier `redis`", "neither `cpu` nor `memory`", "BestEffort");
      assertThat(d.hint()).contains("`resources.requests`");
    });
  }

  @Test
  void oneMissingRequestIsNamedAtTheRequests() {
    List<Diagnostic> ds = diagnostics("""
          web:
            image: nginx:1.27
            replicas: 2
            resources:
              requests: { cpu: 250m }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(at(d)).isEqualTo("9:7");
      assertThat(d.message()).contains("tier `web` has no `resources.requests.memory`");
    });
  }

  @Test
  void resourcesWithLimitsOnlyAreWarnedAboutAtResourcesUnlessTheLimitsStandForTheRequests() {
    List<Diagnostic> ds = diagnostics("""
          web:
            image: nginx:1.27
            replicas: 2
            resources: { limits: { memory: 512Mi } }
          api:
            image: nginx:1.27
            replicas: 2
            resources: { limits: { cpu: "1", memory: 512Mi } }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(at(d)).isEqualTo("8:5");
      assertThat(d.message()).contains("tier `web` has no `resources.requests.cpu`");
    });
  }

  @Test
  void aMissingRequestThatAnHpaTargetNeedsIsLeftToTheErrorSg205() {
    List<Diagnostic> ds = Generator.validate(new SpecSource("scaling.yaml", HEAD + """
          api:
            image: nginx:1.27
            autoscaling: { min: 2, max: 5, cpu: 70% }
          worker:
            image: nginx:1.27
            resources: { requests: { memory: 256Mi }, limits: { memory: 256Mi } }
            autoscaling: { min: 2, max: 5 }
        """)).diagnostics();
    // api: the cpu request is SG205's; the memory request, which no target needs, is SG243's.
    // worker: no target means 80% CPU, so the missing cpu request is SG205's too (at generate).
    assertThat(ds).filteredOn(d -> d.code() == Code.MISSING_REQUESTS).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("tier `api` has no `resources.requests.memory`"));
    assertThat(ds).filteredOn(d -> d.code() == Code.TARGET_WITHOUT_REQUEST).hasSize(1);
  }

  @Test
  void tiersRequestingBothPass() {
    assertThat(diagnostics("""
          web:
            image: nginx:1.27
            replicas: 2
            resources: { requests: { cpu: 250m, memory: 256Mi } }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String tiers) {
    return Generator.validate(new SpecSource("scaling.yaml", HEAD + tiers)).diagnostics().stream()
        .filter(d -> d.code() != Code.NO_MEMORY_LIMIT && d.code() != Code.STATEFUL_READ_ONLY).toList();
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
