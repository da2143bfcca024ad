package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.rules.WindowDays;
import dev.scalegen.core.validate.rules.ZoneChanges;
import java.time.LocalTime;

/**
 * When a schedule's two CronJobs run: five-field cron expressions read in an IANA time zone, and
 * how late a job may still start. A window from {@code 22:00} to {@code 06:00} on {@code Mon-Fri}
 * enters at {@code 0 22 * * 1-5} and, since it runs across midnight, leaves on the following days,
 * {@code 0 6 * * 2-6}. A raw cron pair is used as written.
 *
 * <p>{@code startingDeadlineSeconds}: a job that could not start on time (controller down, API
 * unavailable) still starts within the deadline, but never so late that it could run after the
 * other job of the pair: for a window, an hour at most and at most half of the shortest real time
 * from a job to the next job of the other one ({@link WindowSpacing}), on the days the window
 * applies and across every daylight saving change of its zone: 01:00-03:00 in
 * {@code Europe/Berlin} lasts one hour of real time on the night clocks go forward, so its deadline
 * is 1800 s, not 3600 s. For a cron pair, whose spacing is unknown, {@value #CRON_DEADLINE_SECONDS}
 * seconds.
 */
record ScheduleTiming(String enter, String exit, String timeZone, long startingDeadlineSeconds) {

  static final long MAX_DEADLINE_SECONDS = 3600;
  static final long CRON_DEADLINE_SECONDS = 300;

  static ScheduleTiming of(Schedule schedule) {
    return of(schedule, new ZoneChanges.ByZone());
  }

  /** As above, with the clock changes of each zone computed once for all the schedules of a compile call. */
  static ScheduleTiming of(Schedule schedule, ZoneChanges.ByZone zones) {
    Schedule.Window w = schedule.window();
    if (w == null) {
      Schedule.Cron c = schedule.cron();
      return new ScheduleTiming(c.enter(), c.exit(), c.timeZone(), CRON_DEADLINE_SECONDS);
    }
    WindowDays days = WindowDays.parse(w.days()).days();
    int from = minute(w.from());
    int to = minute(w.to());
    boolean acrossMidnight = to < from;
    long shortest = WindowSpacing.shortestSeconds(time(from), time(to), days, w.timeZone(), zones);
    long deadline = Math.min(MAX_DEADLINE_SECONDS, shortest / 2);
    WindowDays exitDays = acrossMidnight ? days.nextDays() : days;
    return new ScheduleTiming(cron(from, days), cron(to, exitDays), w.timeZone(), deadline);
  }

  private static int minute(String time) {
    return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
  }

  private static LocalTime time(int minute) {
    return LocalTime.of(minute / 60, minute % 60);
  }

  private static String cron(int minute, WindowDays days) {
    return minute % 60 + " " + minute / 60 + " * * " + days.cronField();
  }
}
