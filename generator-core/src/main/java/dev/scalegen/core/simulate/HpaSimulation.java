package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the Kubernetes HPA controller's algorithm against a demand curve: at every sync (0,
 * syncPeriod, 2 x syncPeriod, ... up to the length) each tier's pods that finished starting become
 * ready, the schedules' bounds changes due by then apply, the controller reads the demand and sets
 * the replicas, and new pods start. {@code docs/simulate.md} describes the model and its limits.
 *
 * <p>Stateless: every run keeps its state in its own objects, so runs may go on in parallel.
 */
public final class HpaSimulation {
  private HpaSimulation() {}

  /** Simulates every tier of {@code input} from time 0 to {@code input.length()}. */
  public static Timeline run(SimulationInput input) {
    long periodNanos = input.syncPeriod().toNanos();
    long syncs = input.length().toNanos() / periodNanos;
    List<BoundsChange> changes = new ArrayList<>(input.boundsChanges());
    changes.sort(Comparator.comparing(BoundsChange::at)); // stable: same-time changes keep their order
    Map<String, List<Step>> steps = new LinkedHashMap<>();
    Map<String, List<Timeline.ReadyChange>> ready = new LinkedHashMap<>();
    for (SimulatedTier tier : input.tiers()) {
      TierRun run = new TierRun(tier, input.tolerance());
      List<BoundsChange> tierChanges = changes.stream().filter(c -> c.tier().equals(tier.name())).toList();
      int nextChange = 0;
      for (long k = 0; k <= syncs; k++) {
        Duration t = Duration.ofNanos(k * periodNanos);
        while (nextChange < tierChanges.size() && tierChanges.get(nextChange).at().compareTo(t) <= 0) {
          run.changeBounds(tierChanges.get(nextChange++));
        }
        // The controller re-queues an HPA one sync period after it finished the last sync, so each
        // sync comes a little more than a period after the previous: one nanosecond here. An event
        // exactly one period (or window) old is therefore outside it, as on a real cluster.
        run.sync(t, k * periodNanos + k, input.demand());
      }
      steps.put(run.name(), run.steps());
      ready.put(run.name(), run.readyChanges());
    }
    return new Timeline(input.syncPeriod(), steps, ready);
  }
}
