package dev.scalegen.bench;

import dev.scalegen.core.simulate.HpaSimulation;
import dev.scalegen.core.simulate.SimulationInput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link SimulateBenchmark}'s week as a CI job meets it: the first run in a fresh JVM (class
 * loading and JIT included), then the median of further runs, each as wall time and as the
 * thread's CPU time (which a loaded machine does not inflate). Run with {@code
 * bench/simulate-week.sh [RUNS]}.
 */
public final class SimulateWeek {
  private SimulateWeek() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SimulationInput week = SimulateBenchmark.week();
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    int syncs = 0;
    for (int i = 0; i < runs; i++) {
      long wall0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      syncs = HpaSimulation.run(week).steps("backend").size();
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
      wall[i] = (System.nanoTime() - wall0) / 1e6;
    }
    System.out.printf("a week, 2 tiers, %d syncs each, 28 bounds changes%n", syncs);
    System.out.printf("first run (cold JVM): %.0f ms wall, %.0f ms CPU%n", wall[0], cpu[0]);
    System.out.printf("median of runs 2-%d:  %.0f ms wall, %.0f ms CPU%n", runs, median(wall), median(cpu));
  }

  private static double median(double[] values) {
    double[] rest = Arrays.copyOfRange(values, 1, values.length);
    Arrays.sort(rest);
    return rest[rest.length / 2];
  }
}
