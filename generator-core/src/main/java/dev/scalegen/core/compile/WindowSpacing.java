package dev.scalegen.core.compile;

import dev.scalegen.core.validate.rules.WindowDays;
import dev.scalegen.core.validate.rules.ZoneChanges;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The shortest real time, in seconds, from a job of a window's CronJob pair to the next job of the
 * other one, over the window's days and every clock change of its zone ({@link ZoneChanges}). A
 * window from 01:00 to 03:00 in {@code Europe/Berlin} lasts two hours on most nights, but one on
 * the night clocks go forward from 02:00 to 03:00. The jobs run at each local time as the zone
 * resolves it on the days they run: not at all on a day the time does not exist, twice on a day it
 * occurs twice (the controller runs it at both). The days looked at are two weeks of January 2026
 * (every pair of weekdays, no change) and two days either side of each change: a change shifts
 * clocks by two hours at most, so a pair of jobs more than a day apart cannot come closer than the
 * two hours below which the deadline (an hour at most) depends on it.
 */
final class WindowSpacing {

  private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 5);
  private static final int AROUND = 2;

  private record Job(long epochSecond, boolean enter) implements Comparable<Job> {
    @Override
    public int compareTo(Job other) {
      return Long.compare(epochSecond, other.epochSecond);
    }
  }

  private WindowSpacing() {}

  static long shortestSeconds(LocalTime from, LocalTime to, WindowDays days, String timeZone) {
    return shortestSeconds(from, to, days, timeZone, new ZoneChanges.ByZone());
  }

  /** As above, with the zone's changes from {@code zones}, which a compile call computes once per zone. */
  static long shortestSeconds(LocalTime from, LocalTime to, WindowDays days, String timeZone,
      ZoneChanges.ByZone zones) {
    ZoneId zone = zone(timeZone);
    SortedSet<LocalDate> dates = new TreeSet<>();
    for (int i = 0; i < 14; i++) {
      dates.add(REFERENCE.plusDays(i));
    }
    for (ZoneOffsetTransition change : zones.of(zone)) {
      LocalDate day = change.getDateTimeBefore().toLocalDate();
      for (int i = -AROUND; i <= AROUND; i++) {
        dates.add(day.plusDays(i));
      }
    }
    ZoneRules rules = zone.getRules();
    int exitShift = to.isBefore(from) ? 1 : 0;
    List<Job> jobs = new ArrayList<>();
    for (LocalDate day : dates) {
      if (days.days().contains(day.getDayOfWeek())) {
        add(jobs, rules, day.atTime(from), true);
        add(jobs, rules, day.plusDays(exitShift).atTime(to), false);
      }
    }
    Collections.sort(jobs);
    long shortest = Long.MAX_VALUE;
    for (int i = 1; i < jobs.size(); i++) {
      if (jobs.get(i).enter() != jobs.get(i - 1).enter()) {
        shortest = Math.min(shortest, jobs.get(i).epochSecond() - jobs.get(i - 1).epochSecond());
      }
    }
    return shortest;
  }

  private static void add(List<Job> jobs, ZoneRules rules, LocalDateTime local, boolean enter) {
    for (ZoneOffset offset : rules.getValidOffsets(local)) {
      jobs.add(new Job(local.toEpochSecond(offset), enter));
    }
  }

  /** The window's zone; UTC where it is not valid, which validation reports before anything is compiled. */
  private static ZoneId zone(String name) {
    try {
      return name == null ? ZoneOffset.UTC : ZoneId.of(name);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
