package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.at;
import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class PodTemplateOwnedFieldRuleTest {

  @Test
  void theTiersContainerMayNotSetWhatTheTiersFieldsSetAndTheErrorNamesThem() {
    assertThat(diagnostics(Code.POD_TEMPLATE_OWNED_FIELD, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              spec:
                containers:
                  - name: web
                    image: nginx:1.28
                    readinessProbe: { tcpSocket: { port: 80 } }
                    lifecycle: { preStop: { sleep: { seconds: 5 } }, postStart: { exec: { command: [a] } } }
        """)).satisfiesExactly(
            d -> {
              assertThat(at(d)).isEqualTo("12:13");
              assertThat(d.message()).isEqualTo(
                  "`podTemplate.spec.containers[0].image` on tier `web` is set by scalegen from the tier's `image`");
              assertThat(d.hint()).isEqualTo("set `image` on the tier instead of in `podTemplate`");
            },
            d -> assertThat(d.message()).contains("`probes.readiness`"),
            d -> assertThat(d.message()).contains("lifecycle.preStop`", "`preStopSleepSeconds`"));
  }

  @Test
  void aSidecarMaySetAllOfThoseForItself() {
    assertThat(diagnostics(Code.POD_TEMPLATE_OWNED_FIELD, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              spec:
                containers:
                  - name: proxy
                    image: envoy
                    ports: [{ containerPort: 9901 }]
                    resources: { requests: { cpu: 10m } }
                    securityContext: { readOnlyRootFilesystem: false }
                    env: [{ name: WEB_CONCURRENCY, value: "1" }]
        """)).isEmpty();
  }

  @Test
  void podFieldsLabelsAndVolumesThatScalegenSetsAreRefusedOthersPass() {
    assertThat(diagnostics(Code.POD_TEMPLATE_OWNED_FIELD, """
        nodePools:
          spot: { preset: gke-spot }
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            labels: { team: edge }
            writablePaths: [{ path: /tmp }]
            placement: { pool: spot, mode: required }
            podTemplate:
              metadata:
                labels: { team: core, tier: front }
              spec:
                imagePullSecrets: [{ name: reg }]
                topologySpreadConstraints: []
                nodeSelector: { cloud.google.com/gke-spot: "false", kubernetes.io/arch: arm64 }
                automountServiceAccountToken: true
                ephemeralContainers: [{ name: debug, image: busybox }]
                volumes: [{ name: writable-1, emptyDir: {} }, { name: cache, emptyDir: {} }]
        """)).extracting(d -> d.location().specPath()).containsExactly(
            "/tiers/web/podTemplate/metadata/labels/team",
            "/tiers/web/podTemplate/spec/imagePullSecrets",
            "/tiers/web/podTemplate/spec/topologySpreadConstraints",
            "/tiers/web/podTemplate/spec/nodeSelector/cloud.google.com~1gke-spot",
            "/tiers/web/podTemplate/spec/ephemeralContainers",
            "/tiers/web/podTemplate/spec/volumes/0/name");
  }
}
