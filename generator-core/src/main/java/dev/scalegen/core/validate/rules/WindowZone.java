package dev.scalegen.core.validate.rules;

import dev.scalegen.core.spec.Schedule;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What the daylight saving rules ({@link DaylightSavingRule}, {@link PartHourChangeRule}) read of a
 * window: its zone, and the days on which its enter and exit jobs run (the exit jobs of a window
 * across midnight run on the following days). {@code null} where the spec is invalid, which other
 * rules report.
 */
final class WindowZone {

  /** The days the enter jobs run ({@code from}) and the days the exit jobs run ({@code to}). */
  record Days(WindowDays enter, WindowDays exit) {}

  private WindowZone() {}

  static ZoneId of(String name) {
    try {
      return name == null ? null : ZoneId.of(name);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static Days days(Schedule.Window w) {
    WindowDays days = WindowDays.parse(w.days()).days();
    if (days == null) {
      return null;
    }
    boolean acrossMidnight = WindowWeek.isClock(w.from()) && WindowWeek.isClock(w.to())
        && WindowWeek.minute(w.to()) < WindowWeek.minute(w.from());
    return new Days(days, acrossMidnight ? days.nextDays() : days);
  }
}
