package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.ScalingSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpecSimulationTest {

  private static final Path DOCVAULT = Path.of("../examples/docvault/scaling.yaml");

  private static ScalingSpec docVault() {
    Result r = Generator.validate(DOCVAULT);
    assertThat(r.valid()).isTrue();
    return r.spec().orElseThrow();
  }

  private static SimulationClock clock(ScalingSpec spec, String start) {
    return SimulationClock.parse(start, SpecSimulation.zone(spec));
  }

  @Test
  void theNightScheduleLowersTheHpaMinimumAtItsCronJobsMinutesInBerlin() {
    ScalingSpec spec = docVault();
    SimulationInput input = SpecSimulation.input(spec, "base", List.of("backend"),
        SimulatedLoad.of(LoadShape.parse("flat:1x").shape()), Map.of(), Duration.ofDays(7), clock(spec, "Mon 12:00"));
    List<BoundsChange> changes = input.boundsChanges();
    assertThat(changes).hasSize(14);
    // Mon 22:00 enters (10 h after the start) with min 2; Tue 06:00 leaves (18 h) with the baseline's 5.
    assertThat(changes.get(0)).isEqualTo(new BoundsChange(Duration.ofHours(10), "backend", OptionalInt.of(2),
        OptionalInt.empty()));
    assertThat(changes.get(1)).isEqualTo(new BoundsChange(Duration.ofHours(18), "backend", OptionalInt.of(5),
        OptionalInt.empty()));
    SimulatedTier backend = input.tiers().get(0);
    assertThat(backend.minReplicas()).isEqualTo(5);
    assertThat(backend.maxReplicas()).isEqualTo(50);
    assertThat(backend.metrics()).containsExactly(new MetricTarget(Resource.CPU, 70, 2.0),
        new MetricTarget(Resource.MEMORY, 80, 2.0 * (1L << 30)));
    assertThat(backend.behavior()).isNull();
    assertThat(backend.readyAfter()).isEqualTo(SpecSimulation.DEFAULT_READY_AFTER);
  }

  @Test
  void startingAtNightStartsWithTheNightsBoundsAndTheScenarioGivesBehaviorAndReadiness() {
    ScalingSpec spec = docVault();
    SimulationInput night = SpecSimulation.input(spec, "base", List.of("frontend"),
        SimulatedLoad.of(LoadShape.parse("flat:0.5x").shape()), Map.of(), Duration.ofHours(1), clock(spec, "Wed 23:00"));
    assertThat(night.tiers().get(0).minReplicas()).isEqualTo(2);
    assertThat(night.tiers().get(0).initialReplicas()).isEqualTo(2);
    SimulationInput spike = SpecSimulation.input(spec, "sudden-spike", List.of("backend"),
        SimulatedLoad.of(LoadShape.parse("spike10x").shape()), Map.of(), Duration.ofMinutes(30),
        clock(spec, SimulationClock.DEFAULT));
    SimulatedTier backend = spike.tiers().get(0);
    assertThat(backend.behavior().getScaleUp().getStabilizationWindowSeconds()).isZero();
    assertThat(backend.behavior().getScaleUp().getPolicies()).hasSize(2);
    assertThat(backend.readyAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(spike.demand().at(Duration.ofMinutes(2), "backend", Resource.CPU))
        .isEqualTo(Demand.Sample.usage(70.0));
  }

  /** Prints the time of a week with schedules (CI uses it; no timing assertion: see docs/benchmarks.md). */
  @Test
  void aTierGetsTheChangesOfEachScheduleThatNamesItAndNoOthers() {
    // Each tier's schedules are gathered once per simulation, in the order of the spec.
    Result r = Generator.validate(new dev.scalegen.core.spec.SpecSource("s.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          api: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 4, max: 20, cpu: 70% } }
          web: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 4, max: 20, cpu: 70% } }
        schedules:
          office:
            window: { from: "09:00", to: "17:00", timeZone: UTC }
            set: { web: { max: 10 } }
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { web: { min: 2 }, api: { min: 2 } }
          lunch:
            window: { from: "12:00", to: "13:00", timeZone: UTC }
            set: { api: { max: 8 } }
        """));
    ScalingSpec spec = r.spec().orElseThrow();
    SimulationInput input = SpecSimulation.input(spec, "base", List.of("api"),
        SimulatedLoad.of(LoadShape.parse("flat:1x").shape()), Map.of(), Duration.ofDays(1), clock(spec, "Mon 00:00"));
    assertThat(input.boundsChanges()).containsExactly(
        new BoundsChange(Duration.ofHours(6), "api", OptionalInt.of(4), OptionalInt.empty()),
        new BoundsChange(Duration.ofHours(12), "api", OptionalInt.empty(), OptionalInt.of(8)),
        new BoundsChange(Duration.ofHours(13), "api", OptionalInt.empty(), OptionalInt.of(20)),
        new BoundsChange(Duration.ofHours(22), "api", OptionalInt.of(2), OptionalInt.empty()));
    assertThat(input.tiers().get(0).minReplicas()).isEqualTo(2);
  }

  @Test
  void aWeekWithSchedulesRuns() {
    ScalingSpec spec = docVault();
    SimulationInput input = SpecSimulation.input(spec, "base", List.of("backend", "frontend"),
        SimulatedLoad.of(LoadShape.parse("wave:0.2x..2x").shape()), Map.of(), Duration.ofDays(7),
        clock(spec, "Mon 00:00"));
    long start = System.nanoTime();
    Timeline week = HpaSimulation.run(input);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("SpecSimulationTest: a week of DocVault's backend and frontend with the night schedule: "
        + ms + " ms");
    assertThat(week.steps("backend")).hasSize(7 * 24 * 240 + 1);
    // At night the wave is low and the minimum 2: the backend goes below its daytime minimum of 5.
    assertThat(week.steps("backend").stream().mapToInt(Step::desired).min().orElseThrow()).isLessThan(5);
  }
}
