package dev.scalegen.bench;

import dev.scalegen.core.simulate.BoundsChange;
import dev.scalegen.core.simulate.Demand;
import dev.scalegen.core.simulate.HpaSimulation;
import dev.scalegen.core.simulate.MetricTarget;
import dev.scalegen.core.simulate.Resource;
import dev.scalegen.core.simulate.SimulatedTier;
import dev.scalegen.core.simulate.SimulationInput;
import dev.scalegen.core.simulate.Timeline;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A week of DocVault's two autoscaled tiers (backend 5-50 pods with {@code fast-up}, CPU 70 % and
 * memory 80 %; frontend 3-20 with the default behavior) at the controller's 15 s sync: 40,321 syncs a
 * tier, a daily wave with a 10x spike every afternoon, and the night schedule (min 2 from 22:00 to
 * 06:00) as 28 bounds changes. Run with {@code bench/run.sh SimulateBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SimulateBenchmark {
  private static final double GIB = 1024.0 * 1024 * 1024;

  private final SimulationInput week = week();

  @Benchmark
  public Timeline weekWithSchedules() {
    return HpaSimulation.run(week);
  }

  static SimulationInput week() {
    HPAScalingRules fastUp = new HPAScalingRules(List.of(new HPAScalingPolicy(15, "Percent", 100),
        new HPAScalingPolicy(15, "Pods", 10)), "Max", 0, null);
    SimulatedTier backend = new SimulatedTier("backend", 5, 50, 5,
        List.of(new MetricTarget(Resource.CPU, 70, 2), new MetricTarget(Resource.MEMORY, 80, 2 * GIB)),
        new HorizontalPodAutoscalerBehavior(null, fastUp), Duration.ofSeconds(40));
    SimulatedTier frontend = new SimulatedTier("frontend", 3, 20, 3,
        List.of(new MetricTarget(Resource.CPU, 70, 0.25)), new HorizontalPodAutoscalerBehavior(),
        Duration.ofSeconds(20));
    List<BoundsChange> night = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      for (String tier : List.of("backend", "frontend")) {
        night.add(new BoundsChange(Duration.ofHours(day * 24L + 22), tier, OptionalInt.of(2), OptionalInt.empty()));
        night.add(new BoundsChange(Duration.ofHours(day * 24L + 30), tier,
            OptionalInt.of(tier.equals("backend") ? 5 : 3), OptionalInt.empty()));
      }
    }
    Demand demand = (t, tier, resource) -> {
      double hour = t.toSeconds() / 3600.0 % 24;
      double wave = 1 + 0.8 * Math.sin(2 * Math.PI * (hour - 9) / 24);
      double spike = hour >= 15 && hour < 16 ? 10 : 1;
      double cores = (tier.equals("backend") ? 5 : 1) * wave * spike;
      return Demand.Sample.usage(resource == Resource.CPU ? cores : cores * 0.6 * GIB);
    };
    return SimulationInput.of(List.of(backend, frontend), demand, night, Duration.ofDays(7));
  }
}
