package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class ReservedScenarioNameRuleTest {

  @Test
  void aScenarioNamedBaseIsAnErrorAtItsKey() {
    assertThat(diagnostics("scenarios:\n  base: { tiers: { worker: { replicas: 5 } } }\n", Code.RESERVED_SCENARIO_NAME))
        .singleElement().satisfies(d -> {
          assertThat(d.location().specPath()).isEqualTo("/scenarios/base");
          assertThat(d.message()).contains("`base/`");
        });
  }

  @Test
  void otherNamesPass() {
    assertThat(diagnostics("scenarios:\n  baseline-high: { tiers: { worker: { replicas: 5 } } }\n",
        Code.RESERVED_SCENARIO_NAME)).isEmpty();
  }
}
