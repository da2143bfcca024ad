package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class VolumeCompilerTest {

  @Test
  void writablePathsAreEmptyDirsMountedInOrderWhileTheRootStaysReadOnly() {
    PodSpec pod = object(generate(spec("""
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            writablePaths:
              - { path: /tmp, sizeLimit: 64Mi, medium: Memory }
              - { path: /var/cache/nginx }
        """)), "web/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getVolumes()).satisfiesExactly(tmp -> {
      assertThat(tmp.getName()).isEqualTo("writable-1");
      assertThat(tmp.getEmptyDir().getMedium()).isEqualTo("Memory");
      assertThat(tmp.getEmptyDir().getSizeLimit().toString()).isEqualTo("64Mi");
    }, cache -> {
      assertThat(cache.getName()).isEqualTo("writable-2");
      assertThat(cache.getEmptyDir().getMedium()).isNull();
      assertThat(cache.getEmptyDir().getSizeLimit()).isNull();
    });
    assertThat(pod.getContainers().get(0).getVolumeMounts())
        .extracting(m -> m.getName() + ":" + m.getMountPath())
        .containsExactly("writable-1:/tmp", "writable-2:/var/cache/nginx");
    assertThat(pod.getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
  }
}
