package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

class StatefulSetCompilerTest {

  @Test
  void aStatefulTierIsAStatefulSetGovernedByAHeadlessServiceAndNeverAnHpa() {
    Result result = generate(spec("""
        tiers:
          cache: { image: redis:7.2, port: 6379, stateful: true, replicas: 1 }
        """));
    assertThat(result.manifests()).extracting(Manifest::path)
        .containsExactly("base/cache/statefulset.yaml", "base/cache/service.yaml", "base/kustomization.yaml");
    StatefulSet set = object(result, "cache/statefulset.yaml", StatefulSet.class);
    Service service = object(result, "cache/service.yaml", Service.class);
    assertThat(set.getSpec().getReplicas()).isEqualTo(1);
    assertThat(set.getSpec().getServiceName()).isEqualTo(service.getMetadata().getName()).isEqualTo("shop-cache");
    assertThat(service.getSpec().getClusterIP()).isEqualTo("None");
    assertThat(service.getSpec().getSelector()).isEqualTo(set.getSpec().getSelector().getMatchLabels());
    assertThat(service.getSpec().getPorts()).singleElement()
        .satisfies(p -> assertThat(p.getPort()).isEqualTo(6379));
  }
}
