package dev.scalegen.core.simulate;

import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.rules.ScheduleWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * A tier's HPA bounds as its schedules change them: the bounds at the start of a simulation, and a
 * {@link BoundsChange} at each minute a schedule's CronJob patches the HPA in the simulated time, in
 * the schedule's own time zone and on the days it runs ({@link ScheduleWeek}, the week the validator
 * checks). Entering sets the schedule's {@code min} and/or {@code max}; leaving restores the set's
 * own value of each field the schedule sets, as the exit job does. Schedules whose week cannot be
 * known (a cron with a day of month) are left out.
 */
record ScheduleBounds(int min, int max, List<BoundsChange> changes) {

  private static final int WEEK = 7 * 24 * 60;

  static ScheduleBounds of(String tier, Autoscaling a, Collection<Schedule> schedules, SimulationClock clock,
      Duration length) {
    int min = a.min() == null ? 1 : a.min();
    int max = a.max();
    List<BoundsChange> changes = new ArrayList<>();
    Instant start = clock.start();
    for (Schedule s : schedules) {
      Schedule.ScheduledValues v = s.set().get(tier);
      if (v == null || (v.min() == null && v.max() == null)) {
        continue;
      }
      ScheduleWeek week = ScheduleWeek.of(s);
      if (week == null) {
        continue;
      }
      BitSet in = week.minutes();
      Instant monday = SimulationClock.MONDAY.atStartOfDay(week.zone()).toInstant();
      int startMinute = (int) Math.floorMod(Duration.between(monday, start).toMinutes(), (long) WEEK);
      if (in.get(startMinute)) {
        min = v.min() != null ? v.min() : min;
        max = v.max() != null ? v.max() : max;
      }
      OptionalInt enterMin = optional(v.min());
      OptionalInt enterMax = optional(v.max());
      OptionalInt exitMin = v.min() == null ? OptionalInt.empty() : OptionalInt.of(a.min() == null ? 1 : a.min());
      OptionalInt exitMax = v.max() == null ? OptionalInt.empty() : OptionalInt.of(a.max());
      long weeks = length.toDays() / 7 + 2;
      for (int m = 0; m < WEEK; m++) {
        boolean now = in.get(m);
        if (now == in.get(Math.floorMod(m - 1, WEEK))) {
          continue;
        }
        for (long k = 0; k < weeks; k++) {
          Duration at = Duration.between(start,
              SimulationClock.MONDAY.plusWeeks(k).atStartOfDay().plusMinutes(m).atZone(week.zone()).toInstant());
          if (!at.isNegative() && !at.isZero() && at.compareTo(length) <= 0) {
            changes.add(new BoundsChange(at, tier, now ? enterMin : exitMin, now ? enterMax : exitMax));
          }
        }
      }
    }
    changes.sort(Comparator.comparing(BoundsChange::at));
    return new ScheduleBounds(min, max, List.copyOf(changes));
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
