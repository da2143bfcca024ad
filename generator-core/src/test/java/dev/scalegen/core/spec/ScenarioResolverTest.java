package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioResolverTest {

  private static final ScalingSpec SPEC = Generator.validate(new SpecSource("scaling.yaml", """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop }
      tiers:
        api:
          image: a:1
          workers: { count: 4, arg: --workers }
          resources: { requests: { cpu: "1", memory: 1Gi } }
          autoscaling: { max: 10, cpu: 70% }
        worker: { image: a:1, replicas: 3 }
      scenarios:
        peak:
          tiers:
            api: { autoscaling: { min: 4, behavior: fast-up }, resources: { requests: { cpu: "2" } }, workers: { count: 8 } }
            worker: { replicas: 9 }
      """)).spec().orElseThrow();

  @Test
  void theBaselineKeepsTheTiersAndSaysWhereEachValueCameFrom() {
    ScenarioResolver.EffectiveTier api = ScenarioResolver.resolve(SPEC, "base").tiers().get("api");
    assertThat(api.tier().autoscaling().max()).isEqualTo(10);
    assertThat(api.origins().get("autoscaling.max"))
        .isEqualTo(new ScenarioResolver.Origin(ScenarioResolver.Source.BASELINE, "/tiers/api/autoscaling/max"));
    assertThat(api.origins().get("autoscaling.min"))
        .isEqualTo(new ScenarioResolver.Origin(ScenarioResolver.Source.DEFAULT, null));
    assertThat(SPEC.source().valueAt(api.origins().get("autoscaling.max").pointer()).line()).isEqualTo(9);
  }

  @Test
  void aScenarioOverridesFieldByFieldAndKeepsTheRest() {
    ScenarioResolver.EffectiveSet peak = ScenarioResolver.resolve(SPEC, "peak");
    ScenarioResolver.EffectiveTier api = peak.tiers().get("api");
    assertThat(api.tier().autoscaling().min()).isEqualTo(4);
    assertThat(api.tier().autoscaling().max()).isEqualTo(10);
    assertThat(api.tier().autoscaling().behavior().preset()).isEqualTo("fast-up");
    assertThat(api.tier().resources().requests().cpu()).isEqualTo("2");
    assertThat(api.tier().resources().requests().memory()).isEqualTo("1Gi");
    assertThat(api.tier().workers().count()).isEqualTo(8);
    assertThat(api.tier().workers().arg()).isEqualTo("--workers");
    assertThat(api.origins().get("autoscaling.min").source()).isEqualTo(ScenarioResolver.Source.SCENARIO);
    assertThat(api.origins().get("autoscaling.min").pointer()).isEqualTo("/scenarios/peak/tiers/api/autoscaling/min");
    assertThat(api.origins().get("resources.requests.memory").source()).isEqualTo(ScenarioResolver.Source.BASELINE);
    assertThat(api.origins().get("workers.count").source()).isEqualTo(ScenarioResolver.Source.SCENARIO);
    assertThat(peak.tiers().get("worker").tier().replicas()).isEqualTo(9);
    assertThat(peak.applyTo(SPEC).tiers().get("worker").replicas()).isEqualTo(9);
  }

  @Test
  void setsAreTheBaselineThenScenariosAndUnknownNamesAreListed() {
    assertThat(ScenarioResolver.resolveAll(SPEC, Options.defaults()))
        .extracting(ScenarioResolver.EffectiveSet::name).containsExactly("base", "peak");
    assertThat(ScenarioResolver.resolveAll(SPEC, Options.defaults().withScenarios(List.of("peak"))))
        .extracting(ScenarioResolver.EffectiveSet::name).containsExactly("peak");
    assertThat(ScenarioResolver.unknown(SPEC, List.of("base", "peak", "spike"))).containsExactly("spike");
    assertThatThrownBy(() -> ScenarioResolver.resolve(SPEC, "spike")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEffectiveSpecOfASetIsWhatResolvingItGivesWithoutTheOrigins() {
    for (String set : ScenarioResolver.names(SPEC, Options.defaults())) {
      assertThat(ScenarioResolver.effectiveSpec(SPEC, set))
          .isEqualTo(ScenarioResolver.resolve(SPEC, set).applyTo(SPEC));
    }
    assertThat(ScenarioResolver.names(SPEC, Options.defaults().withScenarios(List.of("peak")))).containsExactly("peak");
    assertThatThrownBy(() -> ScenarioResolver.effectiveSpec(SPEC, "spike")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScenarioSwitchesSchedulesOffOrSetsItsOwnValuesInThem() {
    ScalingSpec spec = Generator.validate(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          api: { image: a:1, resources: { requests: { cpu: "1" } }, autoscaling: { min: 4, max: 10, cpu: 70% } }
          worker: { image: a:1, replicas: 3 }
        schedules:
          night: { window: { from: "22:00", to: "06:00", timeZone: UTC }, set: { api: { min: 2 }, worker: { replicas: 1 } } }
          weekend: { cron: { enter: "0 20 * * FRI", exit: "0 6 * * MON", timeZone: UTC }, set: { worker: { replicas: 2 } } }
        scenarios:
          peak:
            tiers: { api: { autoscaling: { min: 8 } } }
            schedules: { weekend: off, night: { set: { api: { min: 6 } } } }
        """)).spec().orElseThrow();
    assertThat(ScenarioResolver.effectiveSpec(spec, "base").schedules()).isEqualTo(spec.schedules());
    ScalingSpec peak = ScenarioResolver.effectiveSpec(spec, "peak");
    assertThat(peak.schedules()).containsOnlyKeys("night");
    Schedule night = peak.schedules().get("night");
    assertThat(night.window()).isEqualTo(spec.schedules().get("night").window());
    // The whole `set` is the scenario's: the worker is not changed by the night in this set.
    assertThat(night.set()).containsOnlyKeys("api");
    assertThat(night.set().get("api")).isEqualTo(new Schedule.ScheduledValues(6, null, null));
    assertThat(ScenarioResolver.resolve(spec, "peak").applyTo(spec)).isEqualTo(peak);
  }
}
