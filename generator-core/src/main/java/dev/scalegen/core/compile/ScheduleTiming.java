package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.rules.WindowDays;

/**
 * When a schedule's two CronJobs run: five-field cron expressions read in an IANA time zone, and
 * how late a job may still start. A window from {@code 22:00} to {@code 06:00} on {@code Mon-Fri}
 * enters at {@code 0 22 * * 1-5} and, since it runs across midnight, leaves on the following days,
 * {@code 0 6 * * 2-6}. A raw cron pair is used as written.
 *
 * <p>{@code startingDeadlineSeconds}: a job that could not start on time (controller down, API
 * unavailable) still starts within the deadline, but never so late that it could run after the
 * other job of the pair: for a window, an hour at most and at most half of the shorter of the
 * window and the time between windows; for a cron pair, whose spacing is unknown,
 * {@value #CRON_DEADLINE_SECONDS} seconds.
 */
record ScheduleTiming(String enter, String exit, String timeZone, long startingDeadlineSeconds) {

  static final long MAX_DEADLINE_SECONDS = 3600;
  static final long CRON_DEADLINE_SECONDS = 300;
  private static final int DAY = 24 * 60;

  static ScheduleTiming of(Schedule schedule) {
    Schedule.Window w = schedule.window();
    if (w == null) {
      Schedule.Cron c = schedule.cron();
      return new ScheduleTiming(c.enter(), c.exit(), c.timeZone(), CRON_DEADLINE_SECONDS);
    }
    WindowDays days = WindowDays.parse(w.days()).days();
    int from = minute(w.from());
    int to = minute(w.to());
    boolean acrossMidnight = to < from;
    int length = acrossMidnight ? DAY - from + to : to - from;
    long deadline = Math.min(MAX_DEADLINE_SECONDS, 60L * Math.min(length, DAY - length) / 2);
    WindowDays exitDays = acrossMidnight ? days.nextDays() : days;
    return new ScheduleTiming(cron(from, days), cron(to, exitDays), w.timeZone(), deadline);
  }

  private static int minute(String time) {
    return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
  }

  private static String cron(int minute, WindowDays days) {
    return minute % 60 + " " + minute / 60 + " * * " + days.cronField();
  }
}
