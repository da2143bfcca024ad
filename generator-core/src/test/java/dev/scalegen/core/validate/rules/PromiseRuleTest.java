package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseRuleTest {

  private static final String HEAD = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop }
      tiers:
        web:
          image: nginx:1.27
          resources: { requests: { cpu: 500m, memory: 1Gi } }
          autoscaling: { min: 2, max: 10, cpu: 70% }
        cache:
          image: redis:7.2
          resources: { requests: { cpu: 500m, memory: 1Gi } }
          autoscaling: { min: 2, max: 10, memory: 80% }
        jobs:
          image: nginx:1.27
          replicas: 3
      scenarios:
        spike:
          tiers: { web: { autoscaling: { max: 20 } } }
          expect:
      """;

  @Test
  void aPromiseWithinTheScenariosBoundsAndAKnownShapeIsValid() {
    assertThat(codes("      web: { load: spike10x, reaches: 20, within: 5m, neverAbove: 20 }\n")).isEmpty();
    assertThat(codes("      web: { load: traces/web.csv, neverAbove: 20 }\n")).isEmpty();
  }

  @Test
  void reachesIsJudgedAgainstTheScenariosMaxNotTheBaselines() {
    assertThat(codes("      web: { load: spike10x, reaches: 21, within: 5m }\n")).containsExactly("SG607 20:39");
  }

  @Test
  void neverAboveBelowTheMinimumCannotBeKept() {
    assertThat(codes("      web: { load: spike10x, neverAbove: 1 }\n")).containsExactly("SG607 20:42");
  }

  @Test
  void unknownShapesFixedTiersUnknownTiersAndEmptyPromisesAreReported() {
    assertThat(codes("      web: { load: spike3x, neverAbove: 20 }\n")).containsExactly("SG601 20:20");
    assertThat(codes("      jobs: { load: spike10x, neverAbove: 5 }\n")).containsExactly("SG606 20:7");
    assertThat(codes("      api: { load: spike10x, neverAbove: 5 }\n")).containsExactly("SG208 20:7");
    assertThat(codes("      web: { load: spike10x }\n")).containsExactly("SG609 20:7");
  }

  @Test
  void coresNeedACpuTargetMultiplesDoNot() {
    assertThat(codes("      cache: { load: \"step:1..10@1m\", neverAbove: 10 }\n")).containsExactly("SG608 20:22");
    assertThat(codes("      cache: { load: \"step:1x..10x@1m\", neverAbove: 10 }\n")).isEmpty();
  }

  private static List<String> codes(String expect) {
    List<Diagnostic> ds = Generator.validate(new SpecSource("scaling.yaml", HEAD + expect)).diagnostics();
    return ds.stream().filter(d -> !d.code().id().startsWith("SG24") && !d.code().id().equals("SG255"))
        .map(d -> d.code().id() + " " + d.location().line() + ":" + d.location().column()).toList();
  }
}
