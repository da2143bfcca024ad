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

  @Test
  void storageBecomesOneClaimTemplatePerVolumeMountedByTheContainer() {
    StatefulSet set = object(generate(spec("""
        tiers:
          cache:
            image: redis:7.2
            stateful: true
            replicas: 1
            storage:
              data: { size: 10Gi, mountPath: /data, storageClass: gp3 }
              seed: { size: 1Gi, mountPath: /seed, accessMode: ReadOnlyMany }
            storageRetention: { whenScaled: Delete }
        """)), "cache/statefulset.yaml", StatefulSet.class);
    assertThat(set.getSpec().getVolumeClaimTemplates()).satisfiesExactly(data -> {
      assertThat(data.getMetadata().getName()).isEqualTo("data");
      assertThat(data.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
      assertThat(data.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("10Gi");
      assertThat(data.getSpec().getStorageClassName()).isEqualTo("gp3");
    }, seed -> {
      assertThat(seed.getSpec().getAccessModes()).containsExactly("ReadOnlyMany");
      assertThat(seed.getSpec().getStorageClassName()).isNull();
    });
    assertThat(set.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
        .extracting(m -> m.getName() + ":" + m.getMountPath() + ":" + m.getReadOnly())
        .containsExactly("data:/data:null", "seed:/seed:true");
    assertThat(set.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenScaled()).isEqualTo("Delete");
    assertThat(set.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenDeleted()).isNull();
  }
}
