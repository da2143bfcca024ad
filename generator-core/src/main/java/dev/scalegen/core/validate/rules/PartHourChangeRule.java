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
import java.util.List;

/**
 * A window's {@code from} or {@code to} that the CronJob controller skips on the day of a clock
 * change that is not a whole hour ({@code SG240}, warning), such as {@code Australia/Lord_Howe}'s
 * 30 minutes in April and October. The controller finds a job's next run with robfig/cron v3
 * ({@code SpecSchedule.Next} in {@code vendor/github.com/robfig/cron/v3/spec.go} of Kubernetes):
 * from local midnight it steps to the job's hour with {@code t.Add(1 * time.Hour)}, in real time,
 * so after a change of 30 minutes every step lands at minute 30 of the local hour; the minute loop
 * then only counts upwards and, for a job at minute 0-29, wraps into the next hour and on to the
 * next day. So on both change days every job at minute 0-29 of an hour from the change on is not
 * run, although the time exists. Times the change skips outright are {@code SG228}'s.
 */
public final class PartHourChangeRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Window w = schedule.window();
      ZoneId zone = w == null ? null : WindowZone.of(w.timeZone());
      WindowZone.Days days = zone == null ? null : WindowZone.days(w);
      if (days == null) {
        continue;
      }
      List<ZoneOffsetTransition> changes = new ArrayList<>();
      for (ZoneOffsetTransition change : ZoneChanges.of(zone)) {
        if (landingMinute(change) != 0 && !change.getDateTimeBefore().toLocalTime().equals(LocalTime.MIDNIGHT)) {
          changes.add(change);
        }
      }
      String at = Pointers.schedule(schedule.name()) + "/window/";
      check(w.from(), "from", days.enter(), changes, zone, at, report);
      check(w.to(), "to", days.exit(), changes, zone, at, report);
    }
  }

  /** The local minute at which hourly steps from midnight land after the change: 30 for a 30-minute change. */
  static int landingMinute(ZoneOffsetTransition change) {
    return Math.floorMod(change.getDuration().toMinutes(), 60);
  }

  private static void check(String time, String field, WindowDays days, List<ZoneOffsetTransition> changes,
      ZoneId zone, String at, Reporter report) {
    if (!WindowWeek.isClock(time)) {
      return;
    }
    int minute = WindowWeek.minute(time);
    ChangeDays hits = new ChangeDays(zone);
    int landing = 0;
    for (ZoneOffsetTransition change : changes) {
      LocalDate day = change.getDateTimeBefore().toLocalDate();
      LocalDateTime hourStart = day.atTime(minute / 60, 0);
      LocalDateTime local = day.atTime(minute / 60, minute % 60);
      boolean skippedOutright = change.isGap() && !local.isBefore(change.getDateTimeBefore())
          && local.isBefore(change.getDateTimeAfter());
      if (!hourStart.isBefore(change.getDateTimeBefore()) && minute % 60 < landingMinute(change)
          && !skippedOutright && days.days().contains(day.getDayOfWeek())) {
        hits.add(change, day);
        landing = Math.max(landing, landingMinute(change));
      }
    }
    List<String> named = new ArrayList<>();
    for (ChangeDays.Group group : hits.groups()) {
      named.add(group.days());
    }
    if (named.isEmpty()) {
      return;
    }
    String example = String.format("%02d:%02d", minute / 60, landing);
    report.value(Code.PART_HOUR_CLOCK_CHANGE, at + field, "`window." + field + "` " + time + " is not run in "
        + zone.getId() + " on " + String.join(" and ", named) + ", because on the day of a clock change of "
        + "part of an hour the CronJob controller runs jobs only from minute " + landing + " of each later hour",
        "move `" + field + "` to minute " + landing + " or later, e.g. to `\"" + example + "\"`, or use `UTC`");
  }
}
