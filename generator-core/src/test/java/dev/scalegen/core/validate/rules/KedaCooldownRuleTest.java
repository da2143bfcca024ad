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

  @Test
  void eachTierIsJudgedByTheSchedulesThatNameIt() {
    // The tiers set to zero are gathered once per spec: `worker` is lowered to zero by the second of
    // the two schedules that name it, after one that also names `other`, which keeps its warning.
    String other = """
          other:
            image: shop/worker:1.0
            resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { memory: 512Mi } }
            probes: { readiness: { exec: [worker, ping] } }
            autoscaling:
        """ + KEDA.replace("list: q", "list: r").indent(6);
    assertThat(reported(spec(KEDA, other + """
        schedules:
          day:
            window: { from: "09:00", to: "17:00", timeZone: UTC }
            set: { other: { max: 5 }, worker: { max: 4 } }
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { worker: { min: 0 } }
        """), Code.COOLDOWN_WITHOUT_ZERO)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/other/autoscaling/cooldownPeriod");
  }
}
