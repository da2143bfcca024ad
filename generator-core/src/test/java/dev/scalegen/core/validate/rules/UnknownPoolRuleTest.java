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

class UnknownPoolRuleTest {

  @Test
  void misspeltPoolGetsDidYouMean() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          spot: { preset: karpenter-spot }
        tiers:
          web:
            image: shop/web:1.0
            replicas: 2
            placement:
              pool: spto
              mode: required
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.UNKNOWN_POOL);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("12:13");
      assertThat(d.message()).isEqualTo("`placement.pool` (spto) of tier `web` names no pool declared under `nodePools`");
      assertThat(d.hint()).isEqualTo("did you mean `spot`?");
    });
  }

  @Test
  void poolWithoutAnyNodePools() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: shop/web:1.0
            replicas: 2
            placement: { pool: spot }
          api:
            image: shop/api:1.0
            replicas: 2
            placement: { pool: spot }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.UNKNOWN_POOL);
    assertThat(ds).extracting(UnknownPoolRuleTest::at).containsExactly("9:24", "13:24");
    assertThat(ds.get(0).hint()).isEqualTo("declare it under `nodePools`, e.g. `spot: {preset: karpenter-spot}`");
  }

  @Test
  void declaredPoolPasses() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          spot: { preset: gke-spot }
        tiers:
          web:
            image: shop/web:1.0
            replicas: 2
            placement: { pool: spot, mode: preferred }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
