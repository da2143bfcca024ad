package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.SpecSource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneSpreadCompilerTest {

  private static final String SPEC = spec("""
      nodePools:
        spot: { preset: karpenter-spot }
      tiers:
        web: { image: a:1, replicas: 4, placement: { pool: spot }, zoneSpread: true }
        api: { image: a:1, replicas: 4, zoneSpread: { maxSkew: 2, whenUnsatisfiable: DoNotSchedule, minDomains: 3 } }
        one: { image: a:1, replicas: 1, zoneSpread: true }
        db: { image: a:1, replicas: 3, stateful: true, securityContext: { readOnlyRootFilesystem: false }, zoneSpread: true }
      """);

  private static Result generate(String version) {
    Result result = Generator.generate(new SpecSource("scaling.yaml", SPEC),
        Options.defaults().withKubernetesVersion(version));
    assertThat(result.valid()).isTrue();
    return result;
  }

  private static List<TopologySpreadConstraint> spreads(Result result, String tier) {
    PodSpec pod = object(result, tier + "/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    return pod.getTopologySpreadConstraints();
  }

  @Test
  void theZoneSpreadFollowsTheSpotSpreadAndBothSpreadEachRolloutsPodsOnTheirOwn() {
    List<TopologySpreadConstraint> web = spreads(generate("1.33"), "web");
    assertThat(web).extracting(TopologySpreadConstraint::getTopologyKey)
        .containsExactly("karpenter.sh/capacity-type", "topology.kubernetes.io/zone");
    assertThat(web).allSatisfy(t -> {
      assertThat(t.getMatchLabelKeys()).containsExactly("pod-template-hash");
      assertThat(t.getLabelSelector().getMatchLabels()).containsOnlyKeys("app.kubernetes.io/name",
          "app.kubernetes.io/instance");
    });
    TopologySpreadConstraint zone = web.get(1);
    assertThat(zone.getMaxSkew()).isEqualTo(1);
    assertThat(zone.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
    assertThat(zone.getMinDomains()).isNull();
  }

  @Test
  void theSpecsSkewRuleAndDomainsAreKept() {
    TopologySpreadConstraint api = spreads(generate("1.33"), "api").get(0);
    assertThat(api.getMaxSkew()).isEqualTo(2);
    assertThat(api.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
    assertThat(api.getMinDomains()).isEqualTo(3);
  }

  @Test
  void beforeOneTwentySevenNoConstraintHasMatchLabelKeys() {
    Result old = Generator.generate(new SpecSource("scaling.yaml", SPEC.replace(", minDomains: 3", "")),
        Options.defaults().withKubernetesVersion("1.26"));
    assertThat(old.valid()).isTrue();
    assertThat(spreads(old, "web")).hasSize(2).allSatisfy(t -> assertThat(t.getMatchLabelKeys()).isEmpty());
  }

  @Test
  void aSinglePodIsNotSpreadAndAStatefulSetHasNoPodTemplateHash() {
    Result result = generate("1.33");
    assertThat(spreads(result, "one")).isEmpty();
    List<TopologySpreadConstraint> db = object(result, "db/statefulset.yaml", StatefulSet.class).getSpec()
        .getTemplate().getSpec().getTopologySpreadConstraints();
    assertThat(db).singleElement().satisfies(t -> {
      assertThat(t.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
      assertThat(t.getMatchLabelKeys()).isEmpty();
    });
  }
}
