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

/** Rule 7 (corrected): a PDB that can never block a drain, on every tier that may run more than one pod. */
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
  void tiersThatNeverRunMoreThanOnePodGetNoPdb() {
    Result result = generate(spec("""
        tiers:
          single: { image: a:1, replicas: 1 }
          off: { image: a:1, replicas: 0 }
          pinned: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 1, max: 1, cpu: 50% } }
        """));
    assertThat(hasPdb(result, "single")).isFalse();
    assertThat(hasPdb(result, "off")).isFalse();
    assertThat(hasPdb(result, "pinned")).isFalse();
  }

  @Test
  void aMinimumOfOneKeepsThePdbWhenTheTierMayRunMorePods() {
    // maxUnavailable 1 lets a drain evict the only pod at 1 (allowed = healthy - (scale - 1) = 1)
    // and keeps 29 of 30 at 30: it never blocks, and protects whenever there is something to protect.
    Result result = generate(spec("""
        tiers:
          elastic: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 1, max: 30, cpu: 50% } }
        """));
    assertThat(object(result, "elastic/pdb.yaml", PodDisruptionBudget.class).getSpec().getMaxUnavailable())
        .isEqualTo(new IntOrString(1));
  }

  @Test
  void schedulesThatLowerTheMinimumKeepThePdbAndSchedulesThatRaiseAFixedCountAddOne() {
    Result result = generate(spec("""
        tiers:
          api: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 3, max: 9, cpu: 50% } }
          batch: { image: a:1, replicas: 3 }
          reports: { image: a:1, replicas: 1 }
          single: { image: a:1, replicas: 1 }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { api: { min: 1 }, batch: { replicas: 0 }, reports: { replicas: 6 }, single: { replicas: 0 } }
        """));
    assertThat(hasPdb(result, "api")).isTrue();
    assertThat(hasPdb(result, "batch")).isTrue();
    assertThat(hasPdb(result, "reports")).isTrue();
    assertThat(hasPdb(result, "single")).isFalse();
  }

  @Test
  void eachScenarioGetsThePdbOfItsOwnScale() {
    Result result = generate(spec("""
        tiers:
          api: { image: a:1, resources: { requests: { cpu: 1 } }, autoscaling: { min: 3, max: 9, cpu: 50% } }
          worker: { image: a:1, replicas: 3 }
        scenarios:
          small: { tiers: { worker: { replicas: 1 } } }
          pinned: { tiers: { api: { autoscaling: { min: 1, max: 1 } } } }
        """));
    List<String> pdbs = result.manifests().stream().map(Manifest::path).filter(p -> p.endsWith("/pdb.yaml")).toList();
    assertThat(pdbs).containsExactly("base/api/pdb.yaml", "base/worker/pdb.yaml", "small/api/pdb.yaml",
        "pinned/worker/pdb.yaml");
  }

  @Test
  void eachSetLooksAtEveryScheduleThatNamesTheTierWhereverItStands() {
    // The values are looked up by tier once per set (TierScale.of): a tier that only the second of
    // the schedules naming it raises, a schedule that names several tiers, a scenario that switches
    // that schedule off, and one that gives the first schedule values of its own.
    Result result = generate(spec("""
        tiers:
          reports: { image: a:1, replicas: 1 }
          single: { image: a:1, replicas: 1 }
          other: { image: a:1, replicas: 1 }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { reports: { replicas: 0 }, single: { replicas: 0 } }
          day:
            window: { from: "09:00", to: "17:00", timeZone: UTC }
            set: { other: { replicas: 0 }, reports: { replicas: 4 } }
        scenarios:
          quiet: { tiers: { other: { replicas: 1 } }, schedules: { day: off } }
          busy: { tiers: { other: { replicas: 1 } }, schedules: { night: { set: { single: { replicas: 2 } } } } }
        """));
    List<String> pdbs = result.manifests().stream().map(Manifest::path).filter(p -> p.endsWith("/pdb.yaml")).toList();
    assertThat(pdbs).containsExactly("base/reports/pdb.yaml", "busy/reports/pdb.yaml", "busy/single/pdb.yaml");
  }
}
