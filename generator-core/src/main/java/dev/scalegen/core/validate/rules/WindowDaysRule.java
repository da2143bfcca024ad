package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A window's {@code days} are day names and ranges that {@link WindowDays} can read ({@code SG212}):
 * the first problem of the value is reported, at the value, with "did you mean" for a misspelled day.
 */
public final class WindowDaysRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Window window = schedule.window();
      if (window == null || window.days() == null) {
        continue;
      }
      WindowDays.Parsed parsed = WindowDays.parse(window.days());
      if (parsed.days() == null) {
        report.value(Code.BAD_DAYS, Pointers.schedule(schedule.name()) + "/window/days",
            "`window.days` is `" + window.days() + "`; " + parsed.problem(), parsed.hint());
      }
    }
  }
}
