package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.KedaRuleFixture.reported;
import static dev.scalegen.core.validate.rules.KedaRuleFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

class KedaCooldownRuleTest {

  private static final String KEDA = """
      engine: keda
      min: 2
      max: 10
      cooldownPeriod: 30
      triggers: [{ type: redis-list, address: "redis:6379", list: q, target: 5 }]
      """;

  @Test
  void aCooldownOnATierThatNeverReachesZeroIsAWarning() {
    assertThat(reported(spec(KEDA, ""), Code.COOLDOWN_WITHOUT_ZERO)).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(KedaRuleFixture.at(d)).isEqualTo("13:23");
      assertThat(d.hint()).contains("behavior");
    });
  }

  @Test
  void aScenarioThatScalesToZeroMakesTheCooldownCount() {
    assertThat(reported(spec(KEDA, """
        scenarios:
          quiet:
            tiers:
              worker: { autoscaling: { min: 0 } }
        """), Code.COOLDOWN_WITHOUT_ZERO)).isEmpty();
  }
}
