package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.SpecSource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

class RolloutCompilerTest {

  private static DeploymentStrategy strategy(Result result, String path) {
    return object(result, path, Deployment.class).getSpec().getStrategy();
  }

  @Test
  void everyDeploymentAddsPodsBeforeItStopsOne() {
    DeploymentStrategy s = strategy(generate(spec("""
        tiers:
          web: { image: a:1, replicas: 8 }
        """)), "web/deployment.yaml");
    assertThat(s.getType()).isEqualTo("RollingUpdate");
    assertThat(s.getRollingUpdate().getMaxSurge()).isEqualTo(new IntOrString("25%"));
    assertThat(s.getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
  }

  @Test
  void theSpecsNumbersAndPercentagesAreKeptAndAScenarioOverridesFieldByField() {
    Result result = generate(spec("""
        tiers:
          web: { image: a:1, replicas: 4, rollout: { maxSurge: 2, maxUnavailable: 1 } }
        scenarios:
          peak: { tiers: { web: { replicas: 6, rollout: { maxSurge: 50% } } } }
        """));
    assertThat(strategy(result, "web/deployment.yaml").getRollingUpdate().getMaxSurge()).isEqualTo(new IntOrString(2));
    DeploymentStrategy peak = strategy(result, "peak/web/deployment.yaml");
    assertThat(peak.getRollingUpdate().getMaxSurge()).isEqualTo(new IntOrString("50%"));
    assertThat(peak.getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(1));
  }

  @Test
  void aStatefulSetKeepsKubernetesDefaultUnlessItPartitionsOrSetsMaxUnavailable() {
    String tiers = """
        tiers:
          db: { image: a:1, stateful: true, replicas: 3, securityContext: { readOnlyRootFilesystem: false }%s }
        """;
    assertThat(object(generate(spec(tiers.formatted(""))), "db/statefulset.yaml", StatefulSet.class)
        .getSpec().getUpdateStrategy()).isNull();
    Result staged = Generator.generate(new SpecSource("scaling.yaml",
        spec(tiers.formatted(", rollout: { partition: 2, maxUnavailable: 1 }"))),
        Options.defaults().withKubernetesVersion("1.35"));
    var rolling = object(staged, "db/statefulset.yaml", StatefulSet.class).getSpec().getUpdateStrategy();
    assertThat(rolling.getType()).isEqualTo("RollingUpdate");
    assertThat(rolling.getRollingUpdate().getPartition()).isEqualTo(2);
    assertThat(rolling.getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(1));
  }
}
