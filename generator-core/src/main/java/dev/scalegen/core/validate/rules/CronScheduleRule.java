package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A schedule's {@code cron.enter} and {@code cron.exit} are five-field cron expressions that a
 * Kubernetes CronJob accepts ({@code SG210}); the first invalid field is named, at the value.
 */
public final class CronScheduleRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Cron cron = schedule.cron();
      if (cron == null) {
        continue;
      }
      String at = Pointers.schedule(schedule.name()) + "/cron";
      check(cron.enter(), "enter", at, report);
      check(cron.exit(), "exit", at, report);
    }
  }

  private static void check(String expression, String field, String at, Reporter report) {
    if (expression == null) {
      return;
    }
    CronExpression.Parsed parsed = CronExpression.parse(expression);
    if (!parsed.valid()) {
      report.value(Code.BAD_CRON, at + "/" + field,
          "`cron." + field + "` is `" + expression + "`; " + parsed.problem(), parsed.hint());
    }
  }
}
