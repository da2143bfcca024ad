package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class GracefulStopRuleTest {

  @Test
  void aPreStopSleepMustBeShorterThanTheGracePeriod() {
    assertThat(diagnostics(Code.PRE_STOP_NOT_BELOW_GRACE, """
        tiers:
          a: { image: a:1, replicas: 1, preStopSleepSeconds: 30 }
          b: { image: a:1, replicas: 1, preStopSleepSeconds: 20, terminationGracePeriodSeconds: 20 }
          c: { image: a:1, replicas: 1, preStopSleepSeconds: 29 }
          d: { image: a:1, replicas: 1, preStopSleepSeconds: 40, terminationGracePeriodSeconds: 60 }
        """)).extracting(d -> d.location().specPath())
        .containsExactly("/tiers/a/preStopSleepSeconds", "/tiers/b/preStopSleepSeconds");
  }

  @Test
  void workersScaledDownByAnHpaOrAScheduleWithTheDefaultGraceAreAWarning() {
    assertThat(diagnostics(Code.WORKERS_DEFAULT_GRACE, """
        tiers:
          hpa:
            image: a:1
            command: [celery]
            workers: { count: 4, arg: --concurrency }
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 2, max: 4, cpu: 70% }
          scheduled: { image: a:1, command: [celery], workers: { count: 4, arg: -c }, replicas: 4 }
          fixed: { image: a:1, command: [celery], workers: { count: 4, arg: -c }, replicas: 4 }
          set:
            image: a:1
            command: [celery]
            workers: { count: 4, arg: -c }
            replicas: 4
            terminationGracePeriodSeconds: 30
          web:
            image: a:1
            resources: { requests: { cpu: 1 } }
            autoscaling: { min: 2, max: 4, cpu: 70% }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { scheduled: { replicas: 1 }, set: { replicas: 1 } }
        """)).extracting(d -> d.location().specPath() + " " + d.message().contains("schedule `night`"))
        .containsExactly("/tiers/hpa/workers false", "/tiers/scheduled/workers true");
  }

  @Test
  void theWarningNamesTheFirstScheduleThatSetsTheWorkerTier() {
    // The first schedule of each tier is found once per spec, not by a look through all schedules per tier.
    assertThat(diagnostics(Code.WORKERS_DEFAULT_GRACE, """
        tiers:
          celery: { image: a:1, command: [celery], workers: { count: 4, arg: -c }, replicas: 4 }
          beat: { image: a:1, command: [celery], workers: { count: 4, arg: -c }, replicas: 4 }
          web: { image: a:1, replicas: 4 }
        schedules:
          lunch:
            window: { from: "12:00", to: "13:00", timeZone: UTC }
            set: { web: { replicas: 2 } }
          evening:
            window: { from: "18:00", to: "22:00", timeZone: UTC }
            set: { web: { replicas: 3 }, celery: { replicas: 2 } }
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { celery: { replicas: 1 } }
        """)).extracting(d -> d.location().specPath() + " " + d.message().contains("schedule `evening`"))
        .containsExactly("/tiers/celery/workers true");
  }
}
