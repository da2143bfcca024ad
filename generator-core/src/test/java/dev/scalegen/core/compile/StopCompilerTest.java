package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.SpecBinder;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.YamlLoader;
import io.fabric8.kubernetes.api.model.Container;
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

  /** A sidecar (one day from the escape hatch) keeps its own lifecycle: the sleep is the main container's. */
  @Test
  void onlyTheMainContainerSleeps() {
    YamlLoader.Parsed parsed = YamlLoader.load(new SpecSource("scaling.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: a:1, replicas: 2, preStopSleepSeconds: 5 }
        """));
    Tier web = SpecBinder.bind(parsed.root(), parsed.sourceMap()).tiers().get("web");
    PodSpec pod = new PodSpec();
    pod.getContainers().add(new Container());
    pod.getContainers().add(new Container());
    StopCompiler.apply(pod, web, Options.defaults());
    assertThat(pod.getContainers().get(0).getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(5L);
    assertThat(pod.getContainers().get(1).getLifecycle()).isNull();
  }
}
