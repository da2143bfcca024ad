package dev.scalegen.core.simulate;

import dev.scalegen.core.compile.HpaBehavior;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Promise;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a valid spec, one of its sets and some of its autoscaled tiers into a
 * {@link SimulationInput}: each tier's HPA as the set compiles it (bounds, CPU and memory targets
 * with the pod's requests, the {@code behavior} a preset resolves to, {@link HpaBehavior}), its
 * bounds changed by the set's schedules at their CronJobs' minutes ({@link ScheduleBounds}), a
 * start-up delay before a new pod is ready, and the load as a {@link TierDemand}. The simulation
 * starts in the steady state of its first moment's load: as many pods as the HPA would keep for it,
 * within the bounds in effect then.
 */
public final class SpecSimulation {

  /** How long a new pod takes to be ready when neither the command line nor the scenario's promise says. */
  public static final Duration DEFAULT_READY_AFTER = Duration.ofSeconds(30);

  private SpecSimulation() {}

  /**
   * The input for {@code tiers} (autoscaled tiers of the spec, in its order) of set {@code set}.
   *
   * @param readyAfter per tier; a tier not in it takes its scenario promise's {@code readyAfter}, else
   *     {@link #DEFAULT_READY_AFTER}
   */
  public static SimulationInput input(ScalingSpec spec, String set, List<String> tiers, SimulatedLoad load,
      Map<String, Duration> readyAfter, Duration length, SimulationClock clock) {
    ScalingSpec effective = ScenarioResolver.effectiveSpec(spec, set);
    Scenario scenario = spec.scenarios().get(set);
    Map<String, TierDemand.Base> bases = new LinkedHashMap<>();
    List<SimulatedTier> simulated = new ArrayList<>();
    List<BoundsChange> changes = new ArrayList<>();
    // Each tier's schedules, in the order of the spec, gathered once: not every schedule for each tier.
    Map<String, List<Schedule>> schedulesByTier = new HashMap<>();
    for (Schedule s : effective.schedules().values()) {
      s.set().keySet().forEach(t -> schedulesByTier.computeIfAbsent(t, k -> new ArrayList<>()).add(s));
    }
    for (String name : tiers) {
      Tier tier = effective.tiers().get(name);
      Autoscaling a = tier.autoscaling();
      Resources.ResourceList requests = tier.resources() == null ? new Resources.ResourceList(null, null)
          : tier.resources().requestsOrEmpty();
      List<MetricTarget> metrics = new ArrayList<>();
      if (a.cpu() != null) {
        metrics.add(new MetricTarget(Resource.CPU, a.cpu(), amount(requests.cpu())));
      }
      if (a.memory() != null) {
        metrics.add(new MetricTarget(Resource.MEMORY, a.memory(), amount(requests.memory())));
      }
      int min = a.min() == null ? 1 : a.min();
      TierDemand.Base base = new TierDemand.Base(base(metrics, Resource.CPU, min), base(metrics, Resource.MEMORY, min),
          target(metrics, Resource.CPU), target(metrics, Resource.MEMORY));
      bases.put(name, base);
      ScheduleBounds bounds = ScheduleBounds.of(name, a, schedulesByTier.getOrDefault(name, List.of()), clock,
          length);
      changes.addAll(bounds.changes());
      TierDemand first = new TierDemand(load, Map.of(name, base), clock.secondOfDay());
      int initial = Math.max(bounds.min(), Math.min(bounds.max(), steadyPods(first, name, metrics, bounds.min())));
      simulated.add(new SimulatedTier(name, bounds.min(), bounds.max(), initial, metrics, HpaBehavior.of(a),
          readyAfter(name, readyAfter, scenario)));
    }
    return new SimulationInput(simulated, new TierDemand(load, bases, clock.secondOfDay()), changes, length,
        SimulationInput.DEFAULT_SYNC_PERIOD, SimulationInput.DEFAULT_TOLERANCE);
  }

  /** The zone a simulation's wall clock is read in: the first schedule's, else UTC. */
  public static ZoneId zone(ScalingSpec spec) {
    for (Schedule s : spec.schedules().values()) {
      String zone = s.window() != null ? s.window().timeZone() : s.cron() != null ? s.cron().timeZone() : null;
      if (zone != null && ZoneId.getAvailableZoneIds().contains(zone)) {
        return ZoneId.of(zone);
      }
    }
    return ZoneId.of("UTC");
  }

  private static Duration readyAfter(String tier, Map<String, Duration> given, Scenario scenario) {
    if (given.containsKey(tier)) {
      return given.get(tier);
    }
    Promise promise = scenario == null ? null : scenario.expect().get(tier);
    Duration promised = promise == null ? null : DurationText.parse(promise.readyAfter());
    return promised != null ? promised : DEFAULT_READY_AFTER;
  }

  /** The pods the HPA keeps for the load at time 0: for usage, enough to hold every target; for utilization, {@code min}. */
  private static int steadyPods(Demand demand, String tier, List<MetricTarget> metrics, int min) {
    int pods = min;
    for (MetricTarget m : metrics) {
      Demand.Sample sample = demand.at(Duration.ZERO, tier, m.resource());
      if (sample.kind() == Demand.Sample.Kind.TOTAL_USAGE) {
        double perPod = m.requestPerPod() * m.targetAverageUtilization() / 100.0;
        pods = Math.max(pods, (int) Math.ceil(sample.value() / perPod - 1e-9));
      }
    }
    return pods;
  }

  private static double base(List<MetricTarget> metrics, Resource resource, int pods) {
    for (MetricTarget m : metrics) {
      if (m.resource() == resource) {
        return pods * m.requestPerPod() * m.targetAverageUtilization() / 100.0;
      }
    }
    return 0;
  }

  private static int target(List<MetricTarget> metrics, Resource resource) {
    return metrics.stream().filter(m -> m.resource() == resource).mapToInt(MetricTarget::targetAverageUtilization)
        .findFirst().orElse(0);
  }

  private static double amount(String quantity) {
    return Quantity.getAmountInBytes(new Quantity(quantity)).doubleValue();
  }
}
