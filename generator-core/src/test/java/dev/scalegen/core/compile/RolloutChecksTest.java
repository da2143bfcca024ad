package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.SpecSource;
import org.junit.jupiter.api.Test;

class RolloutChecksTest {

  private static Result generate(String tiers, String version) {
    return Generator.generate(new SpecSource("scaling.yaml", spec(tiers)),
        Options.defaults().withKubernetesVersion(version));
  }

  @Test
  void aStatefulSetsMaxUnavailableNeedsOneThirtyFiveOnTheTierAndInAScenario() {
    String tiers = """
        tiers:
          db: { image: a:1, stateful: true, replicas: 2, securityContext: { readOnlyRootFilesystem: false },
                rollout: { maxUnavailable: 1 } }
        scenarios:
          x: { tiers: { db: { rollout: { maxUnavailable: 2 } } } }
        """;
    Result old = generate(tiers, "1.34");
    assertThat(old.manifests()).isEmpty();
    assertThat(old.diagnostics()).filteredOn(d -> d.code() == Code.FIELD_NEEDS_NEWER_KUBERNETES)
        .extracting(d -> d.location().specPath())
        .containsExactly("/tiers/db/rollout/maxUnavailable", "/scenarios/x/tiers/db/rollout/maxUnavailable");
    assertThat(generate(tiers, "1.35").valid()).isTrue();
  }

  @Test
  void aDeploymentsMaxUnavailableAndAPartitionNeedNoNewVersion() {
    assertThat(generate("""
        tiers:
          web: { image: a:1, replicas: 2, rollout: { maxUnavailable: 1 } }
          db: { image: a:1, stateful: true, replicas: 1, securityContext: { readOnlyRootFilesystem: false },
                rollout: { partition: 1 } }
        """, "1.23").valid()).isTrue();
  }

  @Test
  void minDomainsNeedsOneTwentySeven() {
    String tiers = """
        tiers:
          web: { image: a:1, replicas: 3, zoneSpread: { whenUnsatisfiable: DoNotSchedule, minDomains: 3 } }
        """;
    assertThat(generate(tiers, "1.26").diagnostics()).filteredOn(d -> d.code() == Code.FIELD_NEEDS_NEWER_KUBERNETES)
        .singleElement().satisfies(d -> assertThat(d.location().specPath()).isEqualTo("/tiers/web/zoneSpread/minDomains"));
    assertThat(generate(tiers, "1.27").valid()).isTrue();
  }
}
