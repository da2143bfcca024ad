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
  void aPromiseAboutAnUnknownTierSuggestsTheNearestOrListsAFew() {
    assertThat(hints("      webb: { load: spike10x, neverAbove: 5 }\n")).containsExactly("did you mean `web`?");
    assertThat(hints("      api: { load: spike10x, neverAbove: 5 }\n"))
        .containsExactly("name one of the spec's tiers: `web`, `cache`, `jobs`");
    // Bounded (DidYouMean.names): a thousand misspelt promises among a thousand tiers printed a million names.
    StringBuilder many = new StringBuilder(HEAD.substring(0, HEAD.indexOf("scenarios:")));
    for (int i = 0; i < 20; i++) {
      many.append("  t").append(i).append(": { image: a:1, replicas: 1 }\n");
    }
    List<String> hints = Generator.validate(new SpecSource("scaling.yaml",
            many + HEAD.substring(HEAD.indexOf("scenarios:")) + "      zzz: { load: spike10x, neverAbove: 5 }\n"))
        .diagnostics().stream().filter(d -> d.code().id().equals("SG208")).map(Diagnostic::hint).toList();
    assertThat(hints).containsExactly("name one of the spec's tiers: `web`, `cache`, `jobs`, `t0`, `t1`, `t2`, `t3`, "
        + "`t4`, `t5`, `t6` and 13 more");
  }

  @Test
  void coresNeedACpuTargetMultiplesDoNot() {
    assertThat(codes("      cache: { load: \"step:1..10@1m\", neverAbove: 10 }\n")).containsExactly("SG608 20:22");
    assertThat(codes("      cache: { load: \"step:1x..10x@1m\", neverAbove: 10 }\n")).isEmpty();
  }

  private static List<String> hints(String expect) {
    return Generator.validate(new SpecSource("scaling.yaml", HEAD + expect)).diagnostics().stream()
        .filter(d -> d.code().id().equals("SG208")).map(Diagnostic::hint).toList();
  }

  private static List<String> codes(String expect) {
    List<Diagnostic> ds = Generator.validate(new SpecSource("scaling.yaml", HEAD + expect)).diagnostics();
    return ds.stream().filter(d -> !d.code().id().startsWith("SG24") && !d.code().id().equals("SG255"))
        .map(d -> d.code().id() + " " + d.location().line() + ":" + d.location().column()).toList();
  }
}
