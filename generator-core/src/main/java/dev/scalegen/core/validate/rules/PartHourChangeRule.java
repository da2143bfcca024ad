package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A window's {@code from} or {@code to} that the CronJob controller misses or runs twice on the
 * day of a clock change that is not a whole hour ({@code SG240}, warning), such as
 * {@code Australia/Lord_Howe}'s 30 minutes at 02:00 in April and October. The controller finds a
 * job's next run with robfig/cron v3 ({@code SpecSchedule.Next} in
 * {@code vendor/github.com/robfig/cron/v3/spec.go} of Kubernetes), which steps hours with
 * {@code t.Add(1 * time.Hour)} and minutes with {@code t.Add(1 * time.Minute)}, in real time, and
 * only starts over when the minute reaches 0 (the second loop: so not after a run at minute 59).
 * Around a 30-minute change at 02:00:
 * <ul>
 *   <li>on the change day, hourly steps from midnight land at minute 30 of each hour from the
 *       change on, and a job at minute 0-29 of such an hour wraps into the next hour and the next
 *       day: it is not run;</li>
 *   <li>when clocks go forward, the minute steps after a run at 01:30-01:58 cross 02:00 into 02:30
 *       and match the minute again without checking the hour: the job runs again at 02:MM;</li>
 *   <li>after a run at 00:00-00:29 on the change day, the hourly steps cross the change and reach
 *       the next day the job runs at minute 30 (the day loop's {@code AddDate} keeps the minute):
 *       it is not run that day.</li>
 * </ul>
 * Each case was checked against that code, run with Go's time-zone rules, for every minute of the
 * day and every day and single weekdays over 2026: these are all the days it misses or repeats.
 * Times the change skips outright, or repeats, are {@code SG228}'s.
 */
public final class PartHourChangeRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    // The changes of part of an hour, found once per zone.
    Map<ZoneId, List<ZoneOffsetTransition>> partHour = new HashMap<>();
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Window w = schedule.window();
      ZoneId zone = w == null ? null : WindowZone.of(w.timeZone());
      WindowZone.Days days = zone == null ? null : WindowZone.days(w);
      if (days == null) {
        continue;
      }
      List<ZoneOffsetTransition> changes = partHour.computeIfAbsent(zone, PartHourChangeRule::partHourChanges);
      String at = Pointers.schedule(schedule.name()) + "/window/";
      check(w.from(), "from", days.enter(), changes, zone, at, report);
      check(w.to(), "to", days.exit(), changes, zone, at, report);
    }
  }

  /** The zone's changes of part of an hour at a whole hour after midnight. */
  private static List<ZoneOffsetTransition> partHourChanges(ZoneId zone) {
    List<ZoneOffsetTransition> changes = new ArrayList<>();
    for (ZoneOffsetTransition change : ZoneChanges.of(zone)) {
      LocalTime at = change.getDateTimeBefore().toLocalTime();
      if (landing(change) != 0 && at.getMinute() == 0 && at.getHour() > 0) {
        changes.add(change);
      }
    }
    return changes;
  }

  /** The local minute at which hourly steps from midnight land after the change: 30 for a 30-minute change. */
  private static int landing(ZoneOffsetTransition change) {
    return Math.floorMod(change.getDuration().toMinutes(), 60);
  }

  private static void check(String time, String field, WindowDays days, List<ZoneOffsetTransition> changes,
      ZoneId zone, String at, Reporter report) {
    if (!WindowWeek.isClock(time)) {
      return;
    }
    int hour = WindowWeek.minute(time) / 60;
    int minute = WindowWeek.minute(time) % 60;
    ChangeDays notRun = new ChangeDays(zone);
    ChangeDays runAgain = new ChangeDays(zone);
    ChangeDays notRunNext = new ChangeDays(zone);
    int landing = 30;
    for (ZoneOffsetTransition change : changes) {
      LocalDate day = change.getDateTimeBefore().toLocalDate();
      LocalDateTime local = day.atTime(hour, minute);
      boolean inGap = change.isGap() && !local.isBefore(change.getDateTimeBefore())
          && local.isBefore(change.getDateTimeAfter());
      if (!days.days().contains(day.getDayOfWeek()) || inGap) {
        continue;
      }
      landing = landing(change);
      int changeHour = change.getDateTimeBefore().getHour();
      if (hour >= changeHour && minute < landing) {
        notRun.add(change, day);
      } else if (change.isGap() && hour == changeHour - 1 && minute >= landing && minute < 59) {
        runAgain.add(change, day);
      } else if (hour <= changeHour - 2 && minute < landing) {
        LocalDate next = day.plusDays(1);
        while (!days.days().contains(next.getDayOfWeek())) {
          next = next.plusDays(1);
        }
        notRunNext.add(change, next);
      }
    }
    String why = ", because on the day of a clock change of part of an hour the CronJob controller";
    String named = notRun.joined();
    if (!named.isEmpty()) {
      report.value(Code.PART_HOUR_CLOCK_CHANGE, at + field, "`window." + field + "` " + time + " is not run in "
          + zone.getId() + " on " + named + why + " runs jobs only from minute " + landing + " of each later hour",
          "move `" + field + "` to minute " + landing + " or later, e.g. to `\"" + String.format("%02d:%02d", hour,
              landing) + "\"`, or use `UTC`");
    }
    named = notRunNext.joined();
    if (!named.isEmpty()) {
      report.value(Code.PART_HOUR_CLOCK_CHANGE, at + field, "`window." + field + "` " + time + " is not run in "
          + zone.getId() + " on " + named + ", because after its run before a clock change of part of an hour the"
          + " CronJob controller's search for the next run steps hours at minute " + landing + " into that day",
          "move `" + field + "` to minute " + landing + " or later, e.g. to `\"" + String.format("%02d:%02d", hour,
              landing) + "\"`, or use `UTC`");
    }
    named = runAgain.joined();
    if (!named.isEmpty()) {
      String next = String.format("%02d:", hour + 1);
      report.value(Code.PART_HOUR_CLOCK_CHANGE, at + field, "`window." + field + "` " + time + " runs again at "
          + next + String.format("%02d", minute) + " in " + zone.getId() + " on " + named + ", because on the day"
          + " clocks go forward by part of an hour the CronJob controller's search for the next run steps from "
          + next + "00 to " + next + landing + " and matches minute " + minute + " there",
          "move `" + field + "` out of " + String.format("%02d:%02d", hour, landing) + "-" + next + "00, or use `UTC`");
    }
  }
}
