package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.rules.WindowDays;

/**
 * When a schedule's two CronJobs run: five-field cron expressions read in an IANA time zone. A
 * window from {@code 22:00} to {@code 06:00} on {@code Mon-Fri} enters at {@code 0 22 * * 1-5} and,
 * since it runs across midnight, leaves on the following days, {@code 0 6 * * 2-6}. A raw cron
 * pair is used as written.
 */
record ScheduleTiming(String enter, String exit, String timeZone) {

  static ScheduleTiming of(Schedule schedule) {
    Schedule.Window w = schedule.window();
    if (w == null) {
      return new ScheduleTiming(schedule.cron().enter(), schedule.cron().exit(), schedule.cron().timeZone());
    }
    WindowDays days = WindowDays.parse(w.days()).days();
    boolean acrossMidnight = w.to().compareTo(w.from()) < 0;
    WindowDays exitDays = acrossMidnight ? days.nextDays() : days;
    return new ScheduleTiming(cron(w.from(), days), cron(w.to(), exitDays), w.timeZone());
  }

  private static String cron(String time, WindowDays days) {
    int hour = Integer.parseInt(time.substring(0, 2));
    int minute = Integer.parseInt(time.substring(3, 5));
    return minute + " " + hour + " * * " + days.cronField();
  }
}
