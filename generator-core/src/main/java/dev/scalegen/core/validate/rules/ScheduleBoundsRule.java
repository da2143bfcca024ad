package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Schedules that together put an HPA's minimum above its maximum ({@code SG237}): {@code office}
 * sets {@code min: 12} from 09:00 to 18:00, {@code evening-cap} sets {@code max: 8} from 17:00; at
 * 17:00 the API server refuses the cap's patch, and the cap never applies. The HPA's bounds are
 * followed through the week with all schedules together ({@link BoundsSweep}), in every set (the
 * baseline, and each scenario with its own changes to the schedules), for windows and cron pairs
 * that repeat every week ({@link ScheduleWeek}). One schedule against the set's own bounds is
 * {@code SG225}'s; jobs that hand over in the same minute are not judged (their order is not known,
 * and a refused patch is retried).
 */
public final class ScheduleBoundsRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    if (spec.schedules().size() < 2) {
      return;
    }
    Map<String, Optional<ScheduleWeek>> weeks = new HashMap<>();
    Set<String> reported = new HashSet<>();
    List<Scenario> sets = new ArrayList<>();
    sets.add(null);
    sets.addAll(spec.scenarios().values());
    for (Scenario scenario : sets) {
      Map<String, List<BoundsSweep.Bound>> byTier = new LinkedHashMap<>();
      int order = 0;
      for (Schedule schedule : ScenarioResolver.schedules(spec, scenario).values()) {
        int place = order++;
        schedule.set().forEach((tier, v) -> {
          Tier t = spec.tiers().get(tier);
          if (v != null && t != null && t.autoscaled() && (v.min() != null || v.max() != null)) {
            byTier.computeIfAbsent(tier, k -> new ArrayList<>())
                .add(new BoundsSweep.Bound(place, schedule.name(), v.min(), v.max()));
          }
        });
      }
      byTier.forEach((tier, bounds) -> {
        if (mayCross(bounds)) {
          check(spec, scenario, tier, bounds, weeks, reported, report);
        }
      });
    }
  }

  /** Whether some schedule's minimum is above another's maximum at all: most tiers need no sweep. */
  private static boolean mayCross(List<BoundsSweep.Bound> bounds) {
    int highMin = Integer.MIN_VALUE;
    int lowMax = Integer.MAX_VALUE;
    for (BoundsSweep.Bound b : bounds) {
      highMin = b.min() == null ? highMin : Math.max(highMin, b.min());
      lowMax = b.max() == null ? lowMax : Math.min(lowMax, b.max());
    }
    return highMin > lowMax;
  }

  private static void check(ScalingSpec spec, Scenario scenario, String tier, List<BoundsSweep.Bound> bounds,
      Map<String, Optional<ScheduleWeek>> weeks, Set<String> reported, Reporter report) {
    List<ScheduleWeek> timed = new ArrayList<>();
    List<BoundsSweep.Bound> known = new ArrayList<>();
    for (BoundsSweep.Bound b : bounds) {
      ScheduleWeek week = weeks.computeIfAbsent(b.schedule(), s -> Optional.ofNullable(ScheduleWeek.of(spec.schedules().get(s))))
          .orElse(null);
      if (week != null) {
        timed.add(week);
        known.add(b);
      }
    }
    for (ScheduleWeek.Frame frame : ScheduleWeek.frames(timed)) {
      BoundsSweep sweep = new BoundsSweep();
      for (int i = 0; i < known.size(); i++) {
        sweep.add(known.get(i), timed.get(i).minutes(), frame.shift(timed.get(i)));
      }
      Map<BoundsSweep.Cross, BitSet> crossings = sweep.crossings();
      crossings.forEach((cross, minutes) -> report(scenario, tier, cross,
          frame.describe(WindowWeek.firstStart(minutes)), reported, report));
    }
  }

  private static void report(Scenario scenario, String tier, BoundsSweep.Cross cross, String when,
      Set<String> reported, Reporter report) {
    BoundsSweep.Bound high = cross.high();
    BoundsSweep.Bound low = cross.low();
    boolean maxLater = low.order() > high.order();
    BoundsSweep.Bound later = maxLater ? low : high;
    String pointer = Pointers.scheduleTier(scenario, later.schedule(), tier) + (maxLater ? "/max" : "/min");
    boolean overridden = scenario != null && (scenario.schedules().containsKey(high.schedule())
        || scenario.schedules().containsKey(low.schedule()));
    if (!reported.add(pointer + " " + high.schedule() + " " + low.schedule())) {
      return;
    }
    report.value(Code.SCHEDULES_CROSS_BOUNDS, pointer, "schedule `" + low.schedule() + "` sets `max` of tier `"
        + tier + "` to " + low.max() + " while schedule `" + high.schedule() + "` holds `min` at " + high.min()
        + (overridden ? " in scenario `" + scenario.name() + "`" : "") + ", from " + when
        + "; the API server refuses a maximum below the minimum, so that patch fails",
        "make the two schedules disjoint, or keep `max` at least " + high.min() + " while both are in effect");
  }
}
