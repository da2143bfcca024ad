package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result of a simulation: per tier, one {@link Step} per sync, and the exact times at which the
 * count of ready pods changed. Immutable.
 */
public final class Timeline {
  private final Duration syncPeriod;
  private final Map<String, List<Step>> steps;
  private final Map<String, List<ReadyChange>> readyChanges;

  /** A change of the count of ready pods: from {@code at} on, {@code ready} pods are ready. */
  public record ReadyChange(Duration at, int ready) {}

  Timeline(Duration syncPeriod, Map<String, List<Step>> steps, Map<String, List<ReadyChange>> readyChanges) {
    this.syncPeriod = syncPeriod;
    this.steps = copy(steps);
    this.readyChanges = copy(readyChanges);
  }

  private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    map.forEach((tier, list) -> copy.put(tier, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** The tiers, in the input's order. */
  public Set<String> tiers() {
    return steps.keySet();
  }

  /** The tier's steps, one per sync, in time order. */
  public List<Step> steps(String tier) {
    return known(steps, tier);
  }

  /** The times at which the tier's ready pods changed, in time order (the first is at time 0). */
  public List<ReadyChange> readyChanges(String tier) {
    return known(readyChanges, tier);
  }

  /** The sync period the run used. */
  public Duration syncPeriod() {
    return syncPeriod;
  }

  /** {@link #summary(String, int, Duration)} from the simulation's start. */
  public TierSummary summary(String tier, int targetPods) {
    return summary(tier, targetPods, Duration.ZERO);
  }

  /**
   * The tier's run in one line; times to reach {@code targetPods} are counted from {@code from}
   * (for example the moment a load step begins), and only moments at or after it count.
   */
  public TierSummary summary(String tier, int targetPods, Duration from) {
    List<Step> tierSteps = steps(tier);
    Optional<Duration> toDesired = Optional.empty();
    double peak = 0;
    Duration above = Duration.ZERO;
    for (Step step : tierSteps) {
      if (toDesired.isEmpty() && step.desired() >= targetPods && step.t().compareTo(from) >= 0) {
        toDesired = Optional.of(step.t().minus(from));
      }
      peak = Math.max(peak, step.utilizationPercent());
      if (step.utilizationPercent() > step.targetPercent()) {
        above = above.plus(syncPeriod);
      }
    }
    Optional<Duration> toReady = Optional.empty();
    int readyAtFrom = 0;
    for (ReadyChange change : readyChanges(tier)) {
      if (change.at().compareTo(from) <= 0) {
        readyAtFrom = change.ready();
      } else if (readyAtFrom < targetPods && change.ready() >= targetPods) {
        toReady = Optional.of(change.at().minus(from));
        break;
      }
    }
    if (readyAtFrom >= targetPods) {
      toReady = Optional.of(Duration.ZERO);
    }
    Step last = tierSteps.isEmpty() ? null : tierSteps.get(tierSteps.size() - 1);
    return new TierSummary(tier, targetPods, toDesired, toReady, peak, above,
        last == null ? 0 : last.desired(), last == null ? 0 : last.ready());
  }

  private static <T> List<T> known(Map<String, List<T>> map, String tier) {
    List<T> list = map.get(tier);
    if (list == null) {
      throw new IllegalArgumentException("no tier named " + tier + " in this timeline");
    }
    return list;
  }
}
