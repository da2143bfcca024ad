package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Two windows that are in effect at the same time must not set the same field of the same tier
 * ({@code SG227}): whichever job runs last wins, and the first window's exit job would restore the
 * set's value in the middle of the second window. Windows are compared minute by minute over a
 * week when they share a time zone; windows in different zones, and raw cron schedules, whose
 * length is not known, are not compared (see {@code docs/schedules.md}).
 */
public final class OverlappingWindowsRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    List<Schedule> windows = new ArrayList<>(
        spec.schedules().values().stream().filter(s -> s.window() != null).toList());
    for (int j = 1; j < windows.size(); j++) {
      for (int i = 0; i < j; i++) {
        check(windows.get(i), windows.get(j), report);
      }
    }
  }

  private static void check(Schedule first, Schedule second, Reporter report) {
    if (first.window().timeZone() == null || !first.window().timeZone().equals(second.window().timeZone())) {
      return;
    }
    BitSet a = WindowWeek.minutes(first.window());
    BitSet b = WindowWeek.minutes(second.window());
    if (a == null || b == null || !a.intersects(b)) {
      return;
    }
    BitSet both = (BitSet) a.clone();
    both.and(b);
    String when = WindowWeek.describe(both.nextSetBit(0));
    second.set().forEach((tier, values) -> {
      Schedule.ScheduledValues other = first.set().get(tier);
      if (other == null || values == null) {
        return;
      }
      for (String field : List.of("min", "max", "replicas")) {
        if (value(values, field) != null && value(other, field) != null) {
          report.value(Code.OVERLAPPING_WINDOWS, Pointers.scheduleTier(second.name(), tier) + "/" + field,
              "windows `" + first.name() + "` and `" + second.name() + "` both set `" + field + "` of tier `" + tier
                  + "` and overlap (first on " + when + " " + first.window().timeZone() + ")",
              "make the windows disjoint, or merge them into one schedule; the exit job of one would undo the other");
        }
      }
    });
  }

  private static Integer value(Schedule.ScheduledValues v, String field) {
    return switch (field) {
      case "min" -> v.min();
      case "max" -> v.max();
      default -> v.replicas();
    };
  }
}
