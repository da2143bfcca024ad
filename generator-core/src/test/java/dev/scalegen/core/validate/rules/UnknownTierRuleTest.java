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

class UnknownTierRuleTest {

  private static final String TIERS = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata:
        name: shop
      tiers:
        backend:
          image: shop/backend:1.0
          replicas: 2
        frontend:
          image: shop/frontend:1.0
          replicas: 2
      """;

  @Test
  void misspeltScenarioTierGetsDidYouMean() {
    List<Diagnostic> ds = diagnostics(TIERS + """
        scenarios:
          spike:
            tiers:
              bakend: { replicas: 4 }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.UNKNOWN_TIER);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(at(d)).isEqualTo("15:7");
      assertThat(d.message()).isEqualTo("scenario `spike` overrides tier `bakend`, which is not declared under `tiers`");
      assertThat(d.hint()).isEqualTo("did you mean `backend`?");
    });
  }

  @Test
  void unrelatedScheduleTierListsTheTiers() {
    List<Diagnostic> ds = diagnostics(TIERS + """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set:
              redis: { replicas: 1 }
              frontend: { replicas: 1 }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.UNKNOWN_TIER);
      assertThat(at(d)).isEqualTo("16:7");
      assertThat(d.message()).contains("schedule `night`", "tier `redis`");
      assertThat(d.hint()).isEqualTo("the tiers are `backend`, `frontend`");
    });
  }

  @Test
  void knownTiersPass() {
    assertThat(diagnostics(TIERS + """
        scenarios:
          spike:
            tiers:
              backend: { replicas: 4 }
        """)).isEmpty();
  }

  private static List<Diagnostic> diagnostics(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
