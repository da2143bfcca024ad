package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Locale;

/**
 * A window's {@code from} or {@code to} that a daylight saving change of its time zone skips or
 * repeats ({@code SG228}, warning). On the day clocks go forward, a local time in the skipped hour
 * does not exist and the CronJob controller does not run the job that day; on the day they go
 * back, the time occurs twice. A skipped exit job leaves the window's values in place for a day.
 * The dates are named by the zone's current rules ("the last Sunday of March"), which hold for
 * every year, so the message does not depend on the day scalegen runs. Zones without recurring
 * rules (UTC, most of Asia) never warn.
 */
public final class DaylightSavingRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Window w = schedule.window();
      ZoneId zone = w == null ? null : zone(w.timeZone());
      if (zone == null) {
        continue;
      }
      String at = Pointers.schedule(schedule.name()) + "/window/";
      for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
        check(w.from(), "from", at, rule, w.timeZone(), report);
        check(w.to(), "to", at, rule, w.timeZone(), report);
      }
    }
  }

  private static void check(String time, String field, String at, ZoneOffsetTransitionRule rule, String zone,
      Reporter report) {
    if (!WindowWeek.isClock(time)) {
      return;
    }
    int minute = WindowWeek.minute(time);
    LocalTime t = LocalTime.of(minute / 60, minute % 60);
    // Any year gives the same local times; 2030 is fixed so that the output is too.
    ZoneOffsetTransition transition = rule.createTransition(2030);
    LocalTime before = transition.getDateTimeBefore().toLocalTime();
    LocalTime after = transition.getDateTimeAfter().toLocalTime();
    LocalTime start = transition.isGap() ? before : after;
    LocalTime end = transition.isGap() ? after : before;
    if (t.isBefore(start) || !t.isBefore(end)) {
      return;
    }
    String what = transition.isGap() ? "does not exist" : "occurs twice";
    String change = transition.isGap() ? "clocks go forward from " + before + " to " + after
        : "clocks go back from " + before + " to " + after;
    report.value(Code.DST_TIME, at + field, "`window." + field + "` " + time + " " + what + " in " + zone + " on "
        + date(rule) + " (" + change + ")",
        "move `" + field + "` outside " + start + "-" + end + ", e.g. to `\"" + end + "\"`, or use `UTC`");
  }

  /** "the last Sunday of March", "the first Sunday on or after March 8", "March 21". */
  static String date(ZoneOffsetTransitionRule rule) {
    String month = rule.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    int day = rule.getDayOfMonthIndicator();
    if (rule.getDayOfWeek() == null) {
      return month + " " + day;
    }
    String weekday = rule.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (day == -1 || day > 0 && day + 6 == rule.getMonth().maxLength()) {
      return "the last " + weekday + " of " + month;
    }
    if (day < 0) {
      return "the " + weekday + " on or before day " + (-day) + " from the end of " + month;
    }
    return "the first " + weekday + " on or after " + month + " " + day;
  }

  private static ZoneId zone(String name) {
    try {
      return name == null ? null : ZoneId.of(name);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
