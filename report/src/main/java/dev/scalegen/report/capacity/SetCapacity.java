package dev.scalegen.report.capacity;

import java.util.List;

/**
 * One set (the baseline or a scenario): its tiers, its pools, its totals at the minima and maxima,
 * its week (the stretches between schedule changes, the lowest and highest capacity), and its
 * cost ({@code null} without prices).
 */
public record SetCapacity(String name, String description, List<TierCapacity> tiers, List<PoolCapacity> pools,
    Amount atMin, Amount atMax, List<Segment> week, WeekExtreme lowest, WeekExtreme highest, SetCost cost) {

  public SetCapacity {
    tiers = List.copyOf(tiers);
    pools = List.copyOf(pools);
    week = List.copyOf(week);
  }
}
