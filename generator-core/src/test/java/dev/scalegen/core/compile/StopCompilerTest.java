package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.core.spec.SpecSource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class StopCompilerTest {

  private static PodSpec pod(String version) {
    Result result = Generator.generate(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: a:1, replicas: 2, preStopSleepSeconds: 5, terminationGracePeriodSeconds: 45 }
        """), Options.defaults().withKubernetesVersion(version));
    assertThat(result.valid()).isTrue();
    String yaml = result.manifests().stream().filter(m -> m.path().equals("base/web/deployment.yaml")).findFirst()
        .orElseThrow().content();
    return ManifestYaml.read(yaml, Deployment.class).getSpec().getTemplate().getSpec();
  }

  @Test
  void theNativeSleepFromOneThirtyAnExecSleepBefore() {
    PodSpec current = pod("1.30");
    assertThat(current.getTerminationGracePeriodSeconds()).isEqualTo(45L);
    assertThat(current.getContainers().get(0).getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(5L);
    assertThat(current.getContainers().get(0).getLifecycle().getPreStop().getExec()).isNull();
    PodSpec old = pod("1.29");
    assertThat(old.getContainers().get(0).getLifecycle().getPreStop().getSleep()).isNull();
    assertThat(old.getContainers().get(0).getLifecycle().getPreStop().getExec().getCommand())
        .containsExactly("sleep", "5");
  }
}
