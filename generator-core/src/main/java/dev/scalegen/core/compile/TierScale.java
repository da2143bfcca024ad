package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import java.util.Collection;

/** How many pods a tier may run: the number the PDB and the topology spread are derived from. */
final class TierScale {
  private TierScale() {}

  /**
   * Whether the tier may ever run more than one pod in its set: its HPA maximum (or minimum) above
   * 1, or its fixed count above 1, or a schedule that sets such a value for it (a fixed tier kept at
   * one pod at night and five by day runs five most of the day).
   */
  static boolean mayExceedOne(Tier tier, Collection<Schedule> schedules) {
    if (above1(tier.autoscaled() ? tier.autoscaling().max() : tier.replicas())
        || tier.autoscaled() && above1(tier.autoscaling().min())) {
      return true;
    }
    for (Schedule schedule : schedules) {
      Schedule.ScheduledValues values = schedule.set().get(tier.name());
      if (values == null) {
        continue;
      }
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
  static boolean mayBeAtZero(Tier tier, Collection<Schedule> schedules) {
    if (!tier.autoscaled() || !tier.autoscaling().usesKeda()) {
      return false;
    }
    if (Integer.valueOf(0).equals(tier.autoscaling().min())) {
      return true;
    }
    for (Schedule schedule : schedules) {
      Schedule.ScheduledValues values = schedule.set().get(tier.name());
      if (values != null && Integer.valueOf(0).equals(values.min())) {
        return true;
      }
    }
    return false;
  }

  private static boolean above1(Integer value) {
    return value != null && value > 1;
  }
}
