package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import java.util.Collection;

/** How many pods a tier may run: the numbers the PDB and topology spread are derived from. */
final class TierScale {
  private TierScale() {}

  /** Whether the tier may ever run more than one pod (its HPA maximum, or its fixed count). */
  static boolean mayExceedOne(Tier tier) {
    if (tier.autoscaled()) {
      return tier.autoscaling().max() != null && tier.autoscaling().max() > 1;
    }
    return tier.replicas() != null && tier.replicas() > 1;
  }

  /**
   * The fewest pods the tier is ever meant to run: its HPA minimum or fixed count, lowered by any
   * schedule that sets a smaller {@code min} (autoscaled tiers) or {@code replicas} (fixed tiers).
   */
  static int lowestMinimum(Tier tier, Collection<Schedule> schedules) {
    int lowest = baseMinimum(tier);
    for (Schedule schedule : schedules) {
      Schedule.ScheduledValues values = schedule.set().get(tier.name());
      if (values == null) {
        continue;
      }
      Integer scheduled = tier.autoscaled() ? values.min() : values.replicas();
      if (scheduled != null) {
        lowest = Math.min(lowest, scheduled);
      }
    }
    return lowest;
  }

  private static int baseMinimum(Tier tier) {
    if (tier.autoscaled()) {
      return tier.autoscaling().min() == null ? 1 : tier.autoscaling().min();
    }
    return tier.replicas() == null ? 1 : tier.replicas();
  }
}
