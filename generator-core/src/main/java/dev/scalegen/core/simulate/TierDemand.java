package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.Map;

/**
 * The {@link Demand} of a load on the simulated tiers. A multiple ({@code 10x}) is of each tier's
 * base traffic: the usage that keeps the tier's starting minimum exactly at its targets (DocVault's
 * backend: 5 pods x 2 cores x 70% = 7 cores, so {@code spike10x} is 70 cores). Cores in a shape or a
 * file's {@code cpu} column are the tier's CPU usage. A resource the load does not give follows the
 * other in proportion of the targets (memory grows with traffic as CPU does); a file's
 * {@code utilization} columns are replayed as the ready pods' average utilization.
 */
final class TierDemand implements Demand {

  /** A tier's base traffic: usage at its targets, in cores and bytes (0 without a target). */
  record Base(double cpu, double memory, int cpuTarget, int memoryTarget) {}

  private final SimulatedLoad load;
  private final Map<String, Base> bases;
  private final long startSecondOfDay;

  TierDemand(SimulatedLoad load, Map<String, Base> bases, long startSecondOfDay) {
    this.load = load;
    this.bases = Map.copyOf(bases);
    this.startSecondOfDay = startSecondOfDay;
  }

  @Override
  public Sample at(Duration t, String tier, Resource resource) {
    Base base = bases.get(tier);
    if (base == null) {
      return Sample.usage(0);
    }
    LoadShape shape = load.shape();
    if (shape != null) {
      double level = shape.level(t, startSecondOfDay);
      double factor = shape.multiples() ? level : base.cpu() > 0 ? level / base.cpu() : 0;
      return Sample.usage(factor * (resource == Resource.CPU ? base.cpu() : base.memory()));
    }
    LoadTrace trace = load.trace();
    double[] s = trace.seconds();
    if (resource == Resource.CPU) {
      if (trace.cpu() != null) {
        return Sample.usage(LoadTrace.at(s, trace.cpu(), t));
      }
      if (trace.cpuUtilization() != null) {
        return Sample.utilization(LoadTrace.at(s, trace.cpuUtilization(), t));
      }
    } else {
      if (trace.memory() != null) {
        return Sample.usage(LoadTrace.at(s, trace.memory(), t));
      }
      if (trace.memoryUtilization() != null) {
        return Sample.utilization(LoadTrace.at(s, trace.memoryUtilization(), t));
      }
    }
    boolean cpu = resource == Resource.CPU;
    if (trace.cpu() != null || trace.memory() != null) {
      // Usage of the other resource: its base times the traffic relative to the base.
      double factor = trace.cpu() != null ? ratio(LoadTrace.at(s, trace.cpu(), t), base.cpu())
          : ratio(LoadTrace.at(s, trace.memory(), t), base.memory());
      return Sample.usage(factor * (cpu ? base.cpu() : base.memory()));
    }
    // Utilization of the other resource: in proportion of the two targets.
    double percent = trace.cpuUtilization() != null
        ? ratio(LoadTrace.at(s, trace.cpuUtilization(), t), base.cpuTarget())
        : ratio(LoadTrace.at(s, trace.memoryUtilization(), t), base.memoryTarget());
    return Sample.utilization(percent * (cpu ? base.cpuTarget() : base.memoryTarget()));
  }

  private static double ratio(double value, double base) {
    return base > 0 ? value / base : 0;
  }
}
