package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class PodTemplateEntriesRuleTest {

  private static final String TIERS = """
      tiers:
        web:
          image: nginx:1.27
          replicas: 1
          storage: { data: { size: 1Gi, mountPath: /data } }
          stateful: true
          podTemplate:
            spec:
              initContainers:
                - { name: proxy, image: busybox }
              containers:
                - name: web
                  env: [{ name: A, value: "1" }, { name: A, value: "2" }]
                  volumeMounts: [{ name: data, mountPath: /data/ }, { name: data, mountPath: /srv }]
                - name: proxy
                  volumeMounts: [{ name: missing, mountPath: /x }, { name: data, mountPath: /y }, { name: data, mountPath: /y }]
      """;

  @Test
  void namesKubernetesWantsOnceAreReportedAtTheSecond() {
    assertThat(diagnostics(Code.POD_TEMPLATE_DUPLICATE, TIERS)).extracting(d -> d.location().specPath()).containsExactly(
        "/tiers/web/podTemplate/spec/initContainers/0/name",
        "/tiers/web/podTemplate/spec/containers/0/env/1/name",
        "/tiers/web/podTemplate/spec/containers/1/volumeMounts/2/mountPath");
  }

  @Test
  void incompleteEntriesAndMountsOfVolumesThePodLacksAreReported() {
    assertThat(diagnostics(Code.POD_TEMPLATE_INCOMPLETE, TIERS)).extracting(d -> d.message()).containsExactly(
        "`podTemplate.spec.containers[1]` (`proxy`) on tier `web` has no `image`",
        "`podTemplate.spec.containers[1].volumeMounts[0]` on tier `web` mounts volume `missing`, which the pod does not have");
  }

  @Test
  void aMountOfTheTiersContainerWhereScalegenMountsStorageIsAMountConflict() {
    assertThat(diagnostics(Code.MOUNT_CONFLICT, TIERS)).singleElement()
        .satisfies(d -> assertThat(d.location().specPath())
            .isEqualTo("/tiers/web/podTemplate/spec/containers/0/volumeMounts/0/mountPath"));
  }
}
