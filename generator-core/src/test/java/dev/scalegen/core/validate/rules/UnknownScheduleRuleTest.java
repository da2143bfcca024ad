package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class UnknownScheduleRuleTest {

  private static final String NIGHT = """
      schedules:
        night: { window: { from: "22:00", to: "06:00", timeZone: UTC }, set: { api: { min: 2 } } }
        weekend: { cron: { enter: "0 20 * * FRI", exit: "0 6 * * MON", timeZone: UTC }, set: { worker: { replicas: 1 } } }
      """;

  @Test
  void aMisspeltScheduleGetsDidYouMeanAtItsKey() {
    assertThat(diagnostics(NIGHT + """
        scenarios:
          peak:
            tiers: { worker: { replicas: 5 } }
            schedules: { nigth: off }
        """, Code.UNKNOWN_SCHEDULE)).singleElement().satisfies(d -> {
          assertThat(d.message()).isEqualTo("scenario `peak` changes schedule `nigth`, which is not declared under `schedules`");
          assertThat(d.hint()).isEqualTo("did you mean `night`?");
          assertThat(d.location().specPath()).isEqualTo("/scenarios/peak/schedules/nigth");
          assertThat(d.location().column()).isEqualTo(18);
        });
  }

  @Test
  void anUnrelatedNameListsTheSchedules() {
    assertThat(diagnostics(NIGHT + """
        scenarios:
          peak:
            tiers: { worker: { replicas: 5 } }
            schedules: { lunch: { set: { api: { min: 5 } } }, night: off }
        """, Code.UNKNOWN_SCHEDULE)).singleElement()
        .satisfies(d -> assertThat(d.hint()).isEqualTo("the schedules are `night`, `weekend`"));
  }

  @Test
  void tiersAndFieldsOfAnOverrideAreCheckedLikeTheSchedulesOwn() {
    String spec = NIGHT + """
        scenarios:
          peak:
            tiers: { worker: { replicas: 5 } }
            schedules: { night: { set: { apii: { min: 5 }, worker: { min: 2 } } } }
        """;
    assertThat(diagnostics(spec, Code.UNKNOWN_TIER)).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("scenario `peak` sets tier `apii` in schedule `night`, which is not declared under `tiers`");
      assertThat(d.location().specPath()).isEqualTo("/scenarios/peak/schedules/night/set/apii");
    });
    assertThat(diagnostics(spec, Code.FIELD_NOT_ON_TIER)).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("scenario `peak` sets in schedule `night` `min` on tier `worker`");
      assertThat(d.location().specPath()).isEqualTo("/scenarios/peak/schedules/night/set/worker/min");
    });
  }

  @Test
  void aLongListOfSchedulesIsCutInTheHint() {
    StringBuilder spec = new StringBuilder("schedules:\n");
    for (int i = 0; i < 12; i++) {
      spec.append("  night-").append(i).append(": { window: { from: \"22:00\", to: \"06:00\", timeZone: UTC }, ")
          .append("set: { api: { min: 2 } } }\n");
    }
    spec.append("scenarios:\n  peak:\n    tiers: { worker: { replicas: 5 } }\n    schedules: { lunch: off, brunch: off }\n");
    assertThat(diagnostics(spec.toString(), Code.UNKNOWN_SCHEDULE)).hasSize(2).allSatisfy(d -> assertThat(d.hint())
        .isEqualTo("the schedules are `night-0`, `night-1`, `night-2`, `night-3`, `night-4`, `night-5`, `night-6`, "
            + "`night-7`, `night-8`, `night-9` and 2 more"));
  }
}
