package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one simulation run needs. The defaults are the controller's: a 15 s sync period
 * ({@code --horizontal-pod-autoscaler-sync-period}) and a 0.1 tolerance ({@code
 * --horizontal-pod-autoscaler-tolerance}).
 *
 * @param tiers the autoscaled tiers, each with a distinct name
 * @param demand the load on every tier over time
 * @param boundsChanges schedule patches of the HPAs' bounds, in any order
 * @param length how long to simulate; syncs happen at 0, syncPeriod, 2 x syncPeriod, ... <= length
 * @param syncPeriod the time between two runs of the controller for an HPA
 * @param tolerance the controller's tolerance (0.1 = no change while usage is within 10 % of target)
 */
public record SimulationInput(
    List<SimulatedTier> tiers,
    Demand demand,
    List<BoundsChange> boundsChanges,
    Duration length,
    Duration syncPeriod,
    double tolerance) {

  /** The controller's default sync period. */
  public static final Duration DEFAULT_SYNC_PERIOD = Duration.ofSeconds(15);
  /** The controller's default tolerance. */
  public static final double DEFAULT_TOLERANCE = 0.1;

  public SimulationInput {
    tiers = List.copyOf(tiers);
    boundsChanges = boundsChanges == null ? List.of() : List.copyOf(boundsChanges);
    syncPeriod = syncPeriod == null ? DEFAULT_SYNC_PERIOD : syncPeriod;
    if (demand == null || length == null || length.isNegative()) {
      throw new IllegalArgumentException("a simulation needs a demand and a length >= 0");
    }
    if (syncPeriod.isZero() || syncPeriod.isNegative()) {
      throw new IllegalArgumentException("syncPeriod must be positive: " + syncPeriod);
    }
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0: " + tolerance);
    }
    Set<String> names = new HashSet<>();
    for (SimulatedTier tier : tiers) {
      if (!names.add(tier.name())) {
        throw new IllegalArgumentException("two tiers are named " + tier.name());
      }
    }
    for (BoundsChange change : boundsChanges) {
      if (!names.contains(change.tier())) {
        throw new IllegalArgumentException("a bounds change names an unknown tier: " + change.tier());
      }
    }
  }

  /** An input with the controller's default sync period (15 s) and tolerance (0.1). */
  public static SimulationInput of(
      List<SimulatedTier> tiers, Demand demand, List<BoundsChange> boundsChanges, Duration length) {
    return new SimulationInput(tiers, demand, boundsChanges, length, DEFAULT_SYNC_PERIOD, DEFAULT_TOLERANCE);
  }
}
