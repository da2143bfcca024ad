package dev.scalegen.report.capacity;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.rules.ScheduleWeek;
import dev.scalegen.report.cost.Prices;
import dev.scalegen.report.nodes.BinPacking;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link CapacityReport} of a valid spec: every set the core resolves
 * ({@link ScenarioResolver#resolveAll}, the baseline first), each tier's pods at its minimum and
 * maximum, the pools' totals and nodes, the week ({@link WeekTimeline}) and the cost. Pure.
 */
public final class CapacityReports {

  /** The pool of the tiers without a placement. */
  public static final String OTHER = "other";

  private CapacityReports() {}

  public static CapacityReport build(ScalingSpec spec, List<Diagnostic> diagnostics, LocalDate monday, Prices prices) {
    ZoneId zone = zone(spec);
    TierDiagnostics byTier = new TierDiagnostics(diagnostics);
    List<SetCapacity> sets = new ArrayList<>();
    for (ScenarioResolver.EffectiveSet set : ScenarioResolver.resolveAll(spec, Options.defaults())) {
      ScalingSpec effective = set.applyTo(spec);
      List<TierCapacity> tiers = new ArrayList<>();
      for (Tier tier : effective.tiers().values()) {
        List<Segment> own = WeekTimeline.of(Map.of(tier.name(), tier), Map.of(), monday, zone);
        Bounds bounds = own.get(0).tiers().get(tier.name());
        PodSize pod = PodSize.of(tier.resources());
        tiers.add(new TierCapacity(tier.name(), pool(tier), tier.autoscaled(),
            tier.autoscaled() && tier.autoscaling().usesKeda(), pod, bounds,
            Amount.of(tier.name(), bounds.min(), pod), Amount.of(tier.name(), bounds.max(), pod),
            byTier.of(tier.name(), set.name())));
      }
      List<Segment> week = WeekTimeline.of(effective.tiers(), effective.schedules(), monday, zone);
      Costing costing = new Costing(tiers, spotPools(spec, prices), prices);
      WeekClock clock = new WeekClock(monday, zone);
      sets.add(new SetCapacity(set.name(), set.scenario() == null ? "" : nonNull(set.scenario().description()),
          tiers, costing.pools(), total(tiers, true), total(tiers, false), week,
          clock.extreme(week, tiers, true), clock.extreme(week, tiers, false), costing.cost(week, clock)));
    }
    return new CapacityReport(spec.metadata().name(), spec.metadata().namespace(), monday, zone,
        new WeekClock(monday, zone).offsets(), sets, byTier.general(), prices.currency());
  }

  /** The pools the spec's tiers run on, in the order of the spec's node pools, {@value #OTHER} last. */
  public static Set<String> poolsInUse(ScalingSpec spec) {
    Set<String> used = new LinkedHashSet<>();
    spec.nodePools().keySet().stream().filter(p -> spec.tiers().values().stream().anyMatch(t -> p.equals(pool(t))))
        .forEach(used::add);
    if (spec.tiers().values().stream().anyMatch(t -> OTHER.equals(pool(t)))) {
      used.add(OTHER);
    }
    return used;
  }

  static String pool(Tier tier) {
    return tier.placement() == null || tier.placement().pool() == null ? OTHER : tier.placement().pool();
  }

  /** The zone of the spec's first schedule with a valid one (the week chart's), else UTC. */
  public static ZoneId zone(ScalingSpec spec) {
    for (Schedule schedule : spec.schedules().values()) {
      ScheduleWeek week = ScheduleWeek.of(schedule);
      if (week != null) {
        return week.zone();
      }
    }
    return ZoneOffset.UTC;
  }

  /** Spot pools: as the price file says, else those whose preset is a spot one. */
  private static Set<String> spotPools(ScalingSpec spec, Prices prices) {
    Set<String> spot = new LinkedHashSet<>();
    for (NodePool pool : spec.nodePools().values()) {
      Prices.PoolPrices own = prices.pools().get(pool.name());
      boolean isSpot = own != null && own.spot() != null ? own.spot()
          : pool.preset() != null && pool.preset().contains("spot");
      if (isSpot) {
        spot.add(pool.name());
      }
    }
    return spot;
  }

  private static Amount total(List<TierCapacity> tiers, boolean atMin) {
    return tiers.stream().map(t -> atMin ? t.atMin() : t.atMax()).reduce(Amount.NONE, Amount::plus);
  }

  static List<BinPacking.Pod> pods(List<TierCapacity> tiers, String pool, Map<String, Integer> counts) {
    List<BinPacking.Pod> pods = new ArrayList<>();
    for (TierCapacity tier : tiers) {
      if (tier.pool().equals(pool)) {
        for (int i = 0; i < counts.getOrDefault(tier.name(), 0); i++) {
          pods.add(new BinPacking.Pod(tier.name(), tier.pod().cpuRequest(), tier.pod().memoryRequest()));
        }
      }
    }
    return pods;
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
