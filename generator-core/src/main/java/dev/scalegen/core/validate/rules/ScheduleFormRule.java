package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A schedule says when it applies in exactly one way: a daily {@code window} or raw {@code cron}
 * expressions ({@code SG221}). With both, which one enters the schedule would be a guess; with
 * neither, it never applies.
 */
public final class ScheduleFormRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Schedule schedule : spec.schedules().values()) {
      String at = Pointers.schedule(schedule.name());
      boolean hasWindow = report.has(at + "/window");
      boolean hasCron = report.has(at + "/cron");
      if (hasWindow && hasCron) {
        report.key(Code.SCHEDULE_FORM, at,
            "schedule `" + schedule.name() + "` sets both `window` and `cron`; it needs exactly one",
            "keep `window` for a daily time window, or `cron` for times a window cannot express, and remove the other");
      } else if (!hasWindow && !hasCron) {
        report.key(Code.SCHEDULE_FORM, at,
            "schedule `" + schedule.name() + "` sets neither `window` nor `cron`, so it never applies",
            "add `window: {from: \"22:00\", to: \"06:00\", timeZone: Europe/Berlin}` or a `cron` pair");
      }
    }
  }
}
