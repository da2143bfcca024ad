package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodTemplateMergerTest {

  private static final String SPEC = Fixtures.spec("""
      nodePools:
        spot: { preset: gke-spot }
      tiers:
        web:
          image: nginx:1.27
          replicas: 2
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
          writablePaths: [{ path: /tmp }]
          preStopSleepSeconds: 5
          placement: { pool: spot }
          annotations: { a.example.com/owner: web }
          podTemplate:
            metadata:
              labels: { team: edge }
              annotations: { b.example.com/scrape: "true" }
            spec:
              automountServiceAccountToken: true
              tolerations: [{ key: dedicated, operator: Equal, value: edge, effect: NoSchedule }]
              securityContext: { supplementalGroups: [2000] }
              initContainers:
                - { name: init, image: busybox:1.36, command: ["true"], securityContext: { readOnlyRootFilesystem: false } }
              containers:
                - name: proxy
                  image: envoyproxy/envoy:v1.31.0
                  resources: { requests: { cpu: 50m, memory: 64Mi }, limits: { memory: 64Mi } }
                - name: web
                  lifecycle: { postStart: { exec: { command: [warm-up] } } }
                  securityContext: { capabilities: { add: [NET_BIND_SERVICE] } }
                  volumeMounts: [{ name: html, mountPath: /usr/share/nginx/html }]
              volumes:
                - { name: html, configMap: { name: web-html } }
      """);

  private static PodSpec pod() {
    Result result = Fixtures.generate(SPEC);
    return Fixtures.object(result, "base/web/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
  }

  @Test
  void theTiersContainerStaysFirstAndGetsTheFragmentsAdditionsNextToScalegensOwn() {
    Container web = pod().getContainers().get(0);
    assertThat(web.getName()).isEqualTo("web");
    assertThat(web.getImage()).isEqualTo("nginx:1.27");
    assertThat(web.getVolumeMounts()).extracting(m -> m.getMountPath()).containsExactly("/tmp", "/usr/share/nginx/html");
    assertThat(web.getLifecycle().getPostStart().getExec().getCommand()).containsExactly("warm-up");
    assertThat(web.getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(5L);
    assertThat(web.getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_BIND_SERVICE");
    assertThat(web.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(web.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
  }

  @Test
  void sidecarsFollowAndGetTheRestrictedDefaultsWhereTheyLeaveThemUnset() {
    PodSpec pod = pod();
    Container proxy = pod.getContainers().get(1);
    assertThat(proxy.getName()).isEqualTo("proxy");
    assertThat(proxy.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(proxy.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(proxy.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(proxy.getLifecycle()).as("the preStop sleep is the tier's container's only").isNull();
    Container init = pod.getInitContainers().get(0);
    assertThat(init.getSecurityContext().getReadOnlyRootFilesystem()).as("its own choice stays").isFalse();
    assertThat(init.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
  }

  @Test
  void listsAppendAndMapsMergeKeyByKeyWithScalegensEntriesKept() {
    Result result = Fixtures.generate(SPEC);
    Deployment d = Fixtures.object(result, "base/web/deployment.yaml", Deployment.class);
    PodSpec pod = d.getSpec().getTemplate().getSpec();
    assertThat(pod.getVolumes()).extracting(v -> v.getName()).containsExactly("writable-1", "html");
    assertThat(pod.getTolerations()).extracting(t -> t.getKey())
        .containsExactly("cloud.google.com/gke-spot", "dedicated");
    assertThat(pod.getAutomountServiceAccountToken()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSupplementalGroups()).containsExactly(2000L);
    assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("team", "edge")
        .containsEntry("app.kubernetes.io/name", "web");
    assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsEntry("a.example.com/owner", "web").containsEntry("b.example.com/scrape", "true");
    assertThat(d.getSpec().getSelector().getMatchLabels()).doesNotContainKey("team");
  }

  @Test
  void compilingTwoSetsFromOneSpecGivesEqualPodsSoTheFragmentIsNeverChangedInPlace() {
    Result twice = dev.scalegen.core.Generator.generate(new dev.scalegen.core.spec.SpecSource("scaling.yaml",
        SPEC + "scenarios:\n  peak: { tiers: { web: { replicas: 4 } } }\n"), Options.defaults());
    PodSpec base = Fixtures.object(twice, "base/web/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    PodSpec peak = Fixtures.object(twice, "peak/web/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(peak).isEqualTo(base);
    assertThat(base.getContainers()).hasSize(2);
    assertThat(base.getContainers().get(0).getVolumeMounts()).hasSize(2);
  }

  @Test
  void mergeKeysAreKubernetesOwn() {
    assertThat(List.of("containers", "initContainers", "volumes", "env", "volumeMounts", "tolerations"))
        .extracting(PodTemplateMerger::mergeKey).containsExactly("name", "name", "name", "name", "mountPath", null);
  }
}
