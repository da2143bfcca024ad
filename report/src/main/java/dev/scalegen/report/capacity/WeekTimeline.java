package dev.scalegen.report.capacity;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.rules.ScheduleWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A set's week as its schedules shape it: the stretches between schedule changes, each with every
 * tier's bounds. Minutes count from Monday 00:00 of the week on the chart zone's wall clock. A
 * schedule's minutes come from the core ({@link ScheduleWeek}, the minutes the rules judge, on its
 * own zone's wall clock); a schedule of another zone is moved to the chart zone through the instants
 * of this very week, so daylight saving changes on either side land where they do. Inside a
 * schedule, the values it sets replace the tier's (a scenario's own values included); outside, the
 * set's own bounds hold, as the schedule's exit job restores them.
 */
public final class WeekTimeline {

  private WeekTimeline() {}

  /** The stretches of the week of {@code monday} in {@code zone}, in order, covering it whole. */
  public static List<Segment> of(Map<String, Tier> tiers, Map<String, Schedule> schedules, LocalDate monday,
      ZoneId zone) {
    Map<String, BitSet> active = new LinkedHashMap<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, ScheduleWeek.MINUTES));
    for (Schedule schedule : schedules.values()) {
      ScheduleWeek week = ScheduleWeek.of(schedule);
      if (week == null) {
        continue;
      }
      BitSet moved = moved(week, monday, zone);
      active.put(schedule.name(), moved);
      for (int m = moved.nextSetBit(0); m >= 0; m = moved.nextSetBit(moved.nextClearBit(m))) {
        cuts.add(m);
        cuts.add(Math.min(moved.nextClearBit(m), ScheduleWeek.MINUTES));
      }
    }
    List<Segment> segments = new ArrayList<>();
    Integer from = null;
    for (int cut : cuts) {
      if (from != null) {
        segments.add(segment(from, cut, tiers, schedules, active));
      }
      from = cut;
    }
    return segments;
  }

  private static Segment segment(int from, int to, Map<String, Tier> tiers, Map<String, Schedule> schedules,
      Map<String, BitSet> active) {
    List<String> on = active.entrySet().stream().filter(e -> e.getValue().get(from)).map(Map.Entry::getKey).toList();
    Map<String, Bounds> bounds = new LinkedHashMap<>();
    for (Tier tier : tiers.values()) {
      int min = tier.autoscaled() ? value(tier.autoscaling().min(), 1) : value(tier.replicas(), 1);
      int max = tier.autoscaled() ? value(tier.autoscaling().max(), min) : min;
      for (String name : on) {
        Schedule.ScheduledValues set = schedules.get(name).set().get(tier.name());
        if (set == null) {
          continue;
        }
        if (tier.autoscaled()) {
          min = value(set.min(), min);
          max = value(set.max(), max);
        } else if (set.replicas() != null) {
          min = set.replicas();
          max = set.replicas();
        }
      }
      bounds.put(tier.name(), new Bounds(min, max));
    }
    return new Segment(from, to, on, bounds);
  }

  /** The schedule's minutes on {@code zone}'s wall clock in the week of {@code monday}. */
  private static BitSet moved(ScheduleWeek week, LocalDate monday, ZoneId zone) {
    BitSet own = week.minutes();
    if (week.zone().equals(zone)) {
      return (BitSet) own.clone();
    }
    BitSet moved = new BitSet(ScheduleWeek.MINUTES);
    for (int m = own.nextSetBit(0); m >= 0; m = own.nextSetBit(own.nextClearBit(m))) {
      int start = minuteIn(monday, week.zone(), m, zone);
      int end = minuteIn(monday, week.zone(), own.nextClearBit(m), zone);
      if (end < start) {
        moved.set(Math.max(start, 0), ScheduleWeek.MINUTES);
        moved.set(0, Math.min(end, ScheduleWeek.MINUTES));
      } else {
        moved.set(Math.max(start, 0), Math.min(end, ScheduleWeek.MINUTES));
      }
    }
    return moved;
  }

  private static int minuteIn(LocalDate monday, ZoneId from, int minute, ZoneId to) {
    LocalDateTime there = monday.atStartOfDay().plusMinutes(minute).atZone(from).withZoneSameInstant(to)
        .toLocalDateTime();
    long minutes = ChronoUnit.MINUTES.between(monday.atStartOfDay(), there);
    return (int) Math.floorMod(minutes, (long) ScheduleWeek.MINUTES);
  }

  private static int value(Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }
}
