package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many pods a tier may run: the number the PDB and the topology spreads are derived from. Made
 * once per compiled set from its schedules ({@link #of}): the values each schedule sets, by the
 * tier they name, so that asking for every tier costs what the schedules set, not every tier times
 * every schedule (issue 19: a fixed tier at one pod, which its own count does not settle, looked
 * through all of a spec's schedules, three times). Immutable.
 */
final class TierScale {

  private final Map<String, List<Schedule.ScheduledValues>> byTier;

  private TierScale(Map<String, List<Schedule.ScheduledValues>> byTier) {
    this.byTier = byTier;
  }

  /** The values {@code schedules} set, by tier, in one pass. */
  static TierScale of(Collection<Schedule> schedules) {
    Map<String, List<Schedule.ScheduledValues>> byTier = new HashMap<>();
    for (Schedule schedule : schedules) {
      schedule.set().forEach((tier, values) -> {
        if (values != null) {
          byTier.computeIfAbsent(tier, t -> new ArrayList<>(1)).add(values);
        }
      });
    }
    return new TierScale(byTier);
  }

  /**
   * Whether the tier may ever run more than one pod in its set: its HPA maximum (or minimum) above
   * 1, or its fixed count above 1, or a schedule that sets such a value for it (a fixed tier kept at
   * one pod at night and five by day runs five most of the day).
   */
  boolean mayExceedOne(Tier tier) {
    if (above1(tier.autoscaled() ? tier.autoscaling().max() : tier.replicas())
        || tier.autoscaled() && above1(tier.autoscaling().min())) {
      return true;
    }
    for (Schedule.ScheduledValues values : scheduled(tier)) {
      boolean raises = tier.autoscaled() ? above1(values.max()) || above1(values.min()) : above1(values.replicas());
      if (raises) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tier may be at zero pods while it autoscales: a KEDA tier with {@code min: 0}, or
   * one that a schedule sets to {@code min: 0}.
   */
  boolean mayBeAtZero(Tier tier) {
    if (!tier.autoscaled() || !tier.autoscaling().usesKeda()) {
      return false;
    }
    if (Integer.valueOf(0).equals(tier.autoscaling().min())) {
      return true;
    }
    for (Schedule.ScheduledValues values : scheduled(tier)) {
      if (Integer.valueOf(0).equals(values.min())) {
        return true;
      }
    }
    return false;
  }

  private List<Schedule.ScheduledValues> scheduled(Tier tier) {
    return byTier.getOrDefault(tier.name(), List.of());
  }

  private static boolean above1(Integer value) {
    return value != null && value > 1;
  }
}
