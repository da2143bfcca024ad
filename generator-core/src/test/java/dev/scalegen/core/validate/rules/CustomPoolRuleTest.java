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

class CustomPoolRuleTest {

  @Test
  void customPoolWithoutNodeLabelIsAnError() {
    List<Diagnostic> ds = diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          batch:
            preset: custom
            tolerations:
              - { key: dedicated, value: batch, effect: NoSchedule }
        tiers:
          web:
            image: shop/web:1.0
            replicas: 2
            placement: { pool: batch }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.CUSTOM_POOL_INCOMPLETE);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("7:13");
      assertThat(d.message()).contains("node pool `batch`", "`preset: custom`", "`nodeLabel`");
      assertThat(d.hint()).contains("nodeLabel: {key: ", "value: batch}");
    });
  }

  @Test
  void customPoolWithNodeLabelAndPresetPoolsPass() {
    assertThat(diagnostics("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          batch:
            preset: custom
            nodeLabel: { key: node.example.com/pool, value: batch }
          spot:
            preset: aks-spot
        tiers:
          web:
            image: shop/web:1.0
            replicas: 2
            placement: { pool: batch }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
