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
}
