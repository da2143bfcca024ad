package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 7: a PDB that can never block a drain, and none where it could only get in the way. */
class PdbCompilerTest {

  private static boolean hasPdb(Result result, String tier) {
    return result.manifests().stream().map(Manifest::path).anyMatch(("base/" + tier + "/pdb.yaml")::equals);
  }

  @Test
  void tiersWithAtLeastTwoPodsGetMaxUnavailableOne() {
    Result result = generate(spec("""
        tiers:
          api: { image: a:1, replicas: 2 }
          web: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 3, max: 9, cpu: 50% } }
        """));
    for (String tier : new String[] {"api", "web"}) {
      PodDisruptionBudget pdb = object(result, tier + "/pdb.yaml", PodDisruptionBudget.class);
      assertThat(pdb.getSpec().getMaxUnavailable()).isEqualTo(new IntOrString(1));
      assertThat(pdb.getSpec().getMinAvailable()).isNull();
      assertThat(pdb.getSpec().getSelector().getMatchLabels())
          .containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/instance");
    }
  }

  @Test
  void tiersWhoseLowestMinimumIsOneOrLessGetNoPdb() {
    Result result = generate(spec("""
        tiers:
          single: { image: a:1, replicas: 1 }
          off: { image: a:1, replicas: 0 }
          elastic: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 1, max: 9, cpu: 50% } }
        """));
    assertThat(hasPdb(result, "single")).isFalse();
    assertThat(hasPdb(result, "off")).isFalse();
    assertThat(hasPdb(result, "elastic")).isFalse();
  }

  @Test
  void aScheduleThatLowersTheMinimumToOneRemovesThePdb() {
    Result result = generate(spec("""
        tiers:
          api: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 3, max: 9, cpu: 50% } }
          web: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 3, max: 9, cpu: 50% } }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { api: { min: 1 }, web: { min: 2 } }
        """));
    assertThat(hasPdb(result, "api")).isFalse();
    assertThat(hasPdb(result, "web")).isTrue();
  }

  @Test
  void eachScenarioGetsThePdbOfItsOwnLowestMinimum() {
    Result result = generate(spec("""
        tiers:
          api: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 3, max: 9, cpu: 50% } }
          worker: { image: a:1, replicas: 3 }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { api: { min: 2 } }
        scenarios:
          small: { tiers: { worker: { replicas: 1 } } }
          quiet-nights: { tiers: { api: { autoscaling: { min: 4 } } } }
        """));
    List<String> pdbs = result.manifests().stream().map(Manifest::path).filter(p -> p.endsWith("/pdb.yaml")).toList();
    assertThat(pdbs).containsExactly("base/api/pdb.yaml", "base/worker/pdb.yaml", "small/api/pdb.yaml",
        "quiet-nights/api/pdb.yaml", "quiet-nights/worker/pdb.yaml");
  }
}
