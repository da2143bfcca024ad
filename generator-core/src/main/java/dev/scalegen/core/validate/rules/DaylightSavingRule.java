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
import java.util.List;

/**
 * A window's {@code from} or {@code to} that a daylight saving change of its time zone skips or
 * repeats ({@code SG228}, warning). On the day clocks go forward, a local time in the skipped hour
 * does not exist and the CronJob controller does not run the job that day; on the day they go
 * back, the time occurs twice. A skipped exit job leaves the window's values in place for a day.
 *
 * <p>Every change of the zone from 2026 on counts ({@link ZoneChanges}), whether the zone follows
 * a recurring rule or lists its changes ({@code Africa/Casablanca}); the skipped or repeated span is
 * compared as date and time, so a change at midnight that repeats 23:00-24:00 of the day before
 * ({@code America/Santiago}) is found; and only a change on a day the time applies counts: the
 * window's {@code days} for {@code from}, the days its exit jobs run for {@code to}. Changes of a
 * recurring rule are named by the rule ("the last Sunday of March"), listed ones by their dates.
 */
public final class DaylightSavingRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    ZoneChanges.ByZone zones = new ZoneChanges.ByZone();
    for (Schedule schedule : spec.schedules().values()) {
      Schedule.Window w = schedule.window();
      ZoneId zone = w == null ? null : WindowZone.of(w.timeZone());
      WindowZone.Days days = zone == null ? null : WindowZone.days(w);
      if (days == null) {
        continue;
      }
      List<ZoneOffsetTransition> changes = zones.of(zone);
      String at = Pointers.schedule(schedule.name()) + "/window/";
      check(w.from(), "from", days.enter(), changes, zone, at, report);
      check(w.to(), "to", days.exit(), changes, zone, at, report);
    }
  }

  private static void check(String time, String field, WindowDays days, List<ZoneOffsetTransition> changes,
      ZoneId zone, String at, Reporter report) {
    if (!WindowWeek.isClock(time)) {
      return;
    }
    LocalTime t = LocalTime.of(WindowWeek.minute(time) / 60, WindowWeek.minute(time) % 60);
    for (ChangeDays.Group group : hits(t, days, changes, zone).groups()) {
      ZoneOffsetTransition change = group.change();
      LocalTime before = change.getDateTimeBefore().toLocalTime();
      LocalTime after = change.getDateTimeAfter().toLocalTime();
      LocalTime start = change.isGap() ? before : after;
      LocalTime end = change.isGap() ? after : before;
      // The end of the span, or the first half hour after it that no other change hits (Lord Howe's
      // repeated 01:30-02:00 ends where its skipped 02:00-02:30 starts).
      LocalTime example = end;
      for (int i = 0; i < 48 && !hits(example, days, changes, zone).joined().isEmpty(); i++) {
        example = example.plusMinutes(30);
      }
      String what = change.isGap() ? "does not exist" : "occurs twice";
      String clocks = (change.isGap() ? "clocks go forward from " : "clocks go back from ") + before + " to " + after;
      report.value(Code.DST_TIME, at + field, "`window." + field + "` " + time + " " + what + " in " + zone.getId()
          + " on " + group.days() + " (" + clocks + ")",
          "move `" + field + "` outside " + start + "-" + end + ", e.g. to `\"" + example + "\"`, or use `UTC`");
    }
  }

  /** The days on which {@code t} falls in a span that a change skips or repeats, on the given days. */
  private static ChangeDays hits(LocalTime t, WindowDays days, List<ZoneOffsetTransition> changes, ZoneId zone) {
    ChangeDays hits = new ChangeDays(zone);
    for (ZoneOffsetTransition change : changes) {
      LocalDateTime start = change.isGap() ? change.getDateTimeBefore() : change.getDateTimeAfter();
      LocalDateTime end = change.isGap() ? change.getDateTimeAfter() : change.getDateTimeBefore();
      for (LocalDate d = start.toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
        LocalDateTime local = d.atTime(t);
        if (!local.isBefore(start) && local.isBefore(end) && days.days().contains(d.getDayOfWeek())) {
          hits.add(change, d);
        }
      }
    }
    return hits;
  }
}
