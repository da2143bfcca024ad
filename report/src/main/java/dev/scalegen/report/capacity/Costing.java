package dev.scalegen.report.capacity;

import dev.scalegen.report.cost.Prices;
import dev.scalegen.report.nodes.BinPacking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set's pools (totals and nodes) and cost. A pool with a node-hour price costs its nodes times that
 * price; any other pool its requested vCPU and GiB times their prices, less the spot discount in a
 * spot pool. The week's cost adds each stretch's hourly cost times the hours that really pass in it
 * (a week of a daylight saving change has 167 or 169).
 */
final class Costing {

  private final List<TierCapacity> tiers;
  private final Set<String> spot;
  private final Prices prices;
  private final Set<String> pools = new LinkedHashSet<>();

  Costing(List<TierCapacity> tiers, Set<String> spot, Prices prices) {
    this.tiers = tiers;
    this.spot = spot;
    this.prices = prices;
    spot.stream().filter(p -> tiers.stream().anyMatch(t -> t.pool().equals(p))).forEach(pools::add);
    tiers.forEach(t -> pools.add(t.pool()));
  }

  /** The pools the set's tiers run on: spot pools first, then the others in the order of the tiers. */
  List<PoolCapacity> pools() {
    List<PoolCapacity> result = new ArrayList<>();
    Map<String, Integer> atMin = counts(true);
    Map<String, Integer> atMax = counts(false);
    for (String pool : pools) {
      List<TierCapacity> own = tiers.stream().filter(t -> t.pool().equals(pool)).toList();
      BinPacking.Packing min = BinPacking.pack(CapacityReports.pods(tiers, pool, atMin), prices.shape(pool));
      BinPacking.Packing max = BinPacking.pack(CapacityReports.pods(tiers, pool, atMax), prices.shape(pool));
      result.add(new PoolCapacity(pool, spot.contains(pool), prices.shape(pool),
          own.stream().map(TierCapacity::atMin).reduce(Amount.NONE, Amount::plus),
          own.stream().map(TierCapacity::atMax).reduce(Amount.NONE, Amount::plus),
          min.nodes(), max.nodes(), max.unplaceable().stream().distinct().toList()));
    }
    return result;
  }

  /** The cost, or {@code null} without prices. */
  SetCost cost(List<Segment> week, WeekClock clock) {
    if (!prices.priced()) {
      return null;
    }
    double weekMin = 0;
    double weekMax = 0;
    for (Segment segment : week) {
      Map<String, Integer> min = new LinkedHashMap<>();
      Map<String, Integer> max = new LinkedHashMap<>();
      segment.tiers().forEach((tier, b) -> {
        min.put(tier, b.min());
        max.put(tier, b.max());
      });
      double hours = clock.realHours(segment.from(), segment.to());
      weekMin += hourly(min) * hours;
      weekMax += hourly(max) * hours;
    }
    return new SetCost(prices.currency(), hourly(counts(true)), hourly(counts(false)), weekMin, weekMax);
  }

  private double hourly(Map<String, Integer> counts) {
    double total = 0;
    for (String pool : pools) {
      Double nodeHour = prices.nodeHour(pool);
      if (nodeHour != null) {
        total += nodeHour * BinPacking.pack(CapacityReports.pods(tiers, pool, counts), prices.shape(pool)).nodes();
        continue;
      }
      double cpu = 0;
      double memory = 0;
      for (TierCapacity tier : tiers) {
        if (tier.pool().equals(pool)) {
          cpu += counts.getOrDefault(tier.name(), 0) * tier.pod().cpuRequest();
          memory += counts.getOrDefault(tier.name(), 0) * tier.pod().memoryRequest();
        }
      }
      double price = cpu * orZero(prices.vcpuHour()) + memory * orZero(prices.gibHour());
      total += spot.contains(pool) ? price * (1 - prices.spotDiscount()) : price;
    }
    return total;
  }

  private Map<String, Integer> counts(boolean atMin) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tiers.forEach(t -> counts.put(t.name(), atMin ? t.bounds().min() : t.bounds().max()));
    return counts;
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
