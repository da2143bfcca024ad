package dev.scalegen.core.validate.rules;

import dev.scalegen.core.spec.Schedule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;

/**
 * When a schedule is in effect during a week, for {@link ScheduleBoundsRule},
 * {@link OverlappingWindowsRule} and the simulator's bounds changes: the minutes of its window ({@link WindowWeek}) or of its cron pair
 * ({@link CronWeek}) in its own time zone. Schedules of one zone are compared in that zone's week;
 * schedules of different zones in UTC, for a week of January and one of July ({@link #frames}),
 * since daylight saving time moves zones against each other. Public for the report module, which
 * draws a set's week from the same minutes the rules judge.
 *
 * @param minutes the minutes of the week (Monday 00:00 local is minute 0, {@link #MINUTES} in all)
 *     during which the schedule is in effect, on its zone's wall clock
 * @param zone the schedule's time zone
 */
public record ScheduleWeek(BitSet minutes, ZoneId zone) {

  /** The minutes of a week: 7 x 24 x 60. */
  public static final int MINUTES = WindowWeek.WEEK;

  /** The schedule's week, or {@code null} when its times, days, cron or zone are not valid or not weekly. */
  public static ScheduleWeek of(Schedule schedule) {
    BitSet minutes = minutes(schedule);
    String zone = zoneName(schedule);
    if (minutes == null || zone == null) {
      return null;
    }
    try {
      return new ScheduleWeek(minutes, ZoneId.of(zone));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The minutes of the week the schedule is in effect, in its own time, or {@code null} when they are not known. */
  static BitSet minutes(Schedule schedule) {
    return schedule.window() != null ? WindowWeek.minutes(schedule.window())
        : schedule.cron() != null ? CronWeek.minutes(schedule.cron()) : null;
  }

  /** The time zone the schedule names, as written (maybe not a zone), or {@code null}. */
  static String zoneName(Schedule schedule) {
    return schedule.window() != null ? schedule.window().timeZone()
        : schedule.cron() != null ? schedule.cron().timeZone() : null;
  }

  /**
   * A week in which schedules are compared: in local time ({@code monday} {@code null}), or in UTC
   * for the week of {@code monday}, named by {@code month}.
   */
  record Frame(ZoneId local, LocalDate monday, String month) {

    /** How many minutes {@code week}'s local minutes move to land in this frame. */
    int shift(ScheduleWeek week) {
      return monday == null ? 0 : shift(week.zone());
    }

    /** How many minutes the local minutes of {@code zone} move to land in UTC in this frame's week: minus the offset. */
    int shift(ZoneId zone) {
      return -zone.getRules().getOffset(monday.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC))
          .getTotalSeconds() / 60;
    }

    /** {@code Mon 17:00 Europe/Berlin}, or {@code Mon 16:00 UTC in January}. */
    String describe(int minute) {
      return WindowWeek.describe(minute) + (monday == null ? " " + local.getId() : " UTC in " + month);
    }
  }

  /** Winter and summer, of both hemispheres, away from daylight saving changes; made once. */
  static final List<Frame> UTC_FRAMES = List.of(new Frame(null, LocalDate.of(2026, 1, 12), "January"),
      new Frame(null, LocalDate.of(2026, 7, 13), "July"));

  /** The frames that {@code weeks} are compared in: their zone's week when they share one, else UTC in January and July. */
  static List<Frame> frames(List<ScheduleWeek> weeks) {
    if (weeks.isEmpty()) {
      return List.of();
    }
    ZoneId zone = weeks.get(0).zone();
    for (ScheduleWeek w : weeks) {
      if (!w.zone().equals(zone)) {
        return UTC_FRAMES;
      }
    }
    return List.of(new Frame(zone, null, null));
  }

  /** A copy of {@code minutes} moved by {@code shift} minutes around the week, a stretch at a time (not a minute at a time). */
  static BitSet shifted(BitSet minutes, int shift) {
    BitSet moved = new BitSet(WindowWeek.WEEK);
    for (int start = minutes.nextSetBit(0); start >= 0; start = minutes.nextSetBit(minutes.nextClearBit(start))) {
      int length = minutes.nextClearBit(start) - start;
      int from = Math.floorMod(start + shift, WindowWeek.WEEK);
      moved.set(from, Math.min(from + length, WindowWeek.WEEK));
      if (from + length > WindowWeek.WEEK) {
        moved.set(0, from + length - WindowWeek.WEEK);
      }
    }
    return moved;
  }
}
