package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.spec.SpecSource;
import org.junit.jupiter.api.Test;

/**
 * A thousand misspelt references (scenario and schedule tiers, pools) against a thousand tiers and
 * pools: every one is reported, and each report stays short however many names the spec has (the
 * field test's spec printed 54 MB, listing every tier in every hint). Sizes, not times, are asserted;
 * {@code bench/diagnostics.sh} measures the time.
 */
class MisspeltReferencesAtScaleTest {

  static final int N = 1000;
  /** The longest a rendered diagnostic of this spec may be: headline, source line, caret, hint. */
  static final int MAX_RENDERED = 600;

  @Test
  void nearMissesGetAFewSuggestionsEach() {
    Result result = Generator.validate(spec(i -> String.format("tier-numbr-%04d", i), i -> String.format("pool-numbr-%04d", i)));
    assertBoundedAndComplete(result);
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.hint()).startsWith("did you mean `"));
    assertThat(result.diagnostics().get(0).hint()).isEqualTo("did you mean `pool-number-0000`?");
  }

  @Test
  void farMissesListAFewNamesEach() {
    Result result = Generator.validate(spec(i -> String.format("zz-%04d", i), i -> String.format("qq-%04d", i)));
    assertBoundedAndComplete(result);
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.hint()).contains(" and 990 more"));
  }

  private static void assertBoundedAndComplete(Result result) {
    assertThat(result.diagnostics().stream().filter(d -> d.code() == Code.UNKNOWN_TIER)).hasSize(2 * N);
    assertThat(result.diagnostics().stream().filter(d -> d.code() == Code.UNKNOWN_POOL)).hasSize(N);
    assertThat(result.diagnostics()).hasSize(3 * N);
    long total = 0;
    for (Diagnostic d : result.diagnostics()) {
      String rendered = TextRenderer.render(d, result.source().orElseThrow());
      assertThat(rendered.length()).as(rendered).isLessThanOrEqualTo(MAX_RENDERED);
      total += rendered.length();
    }
    assertThat(total).isLessThanOrEqualTo(3L * N * MAX_RENDERED);
  }

  /** N tiers on N pools, each tier naming its pool as {@code pool}; a scenario and a schedule naming {@code tier}. */
  static SpecSource spec(java.util.function.IntFunction<String> tier, java.util.function.IntFunction<String> pool) {
    StringBuilder b = new StringBuilder("apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata:\n  name: big\n");
    b.append("nodePools:\n");
    for (int i = 0; i < N; i++) {
      b.append(String.format("  pool-number-%04d: { preset: eks-spot }%n", i));
    }
    b.append("tiers:\n");
    for (int i = 0; i < N; i++) {
      b.append(String.format("  tier-number-%04d:%n    image: nginx:1.27%n    replicas: 2%n"
          + "    resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }%n", i));
      b.append("    placement: { pool: ").append(pool.apply(i)).append(", mode: preferred }\n");
    }
    b.append("scenarios:\n  spike:\n    tiers:\n");
    for (int i = 0; i < N; i++) {
      b.append("      ").append(tier.apply(i)).append(": { replicas: 3 }\n");
    }
    b.append("schedules:\n  night:\n    window: { from: \"22:00\", to: \"06:00\", timeZone: UTC }\n    set:\n");
    for (int i = 0; i < N; i++) {
      b.append("      ").append(tier.apply(i)).append(": { replicas: 1 }\n");
    }
    return new SpecSource("scaling.yaml", b.toString());
  }
}
