package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.PodRuleFixture.at;
import static dev.scalegen.core.validate.rules.PodRuleFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class PodTemplateFieldsRuleTest {

  @Test
  void everyUnknownFieldIsAnErrorAtItsKeyWithTheNearestName() {
    assertThat(diagnostics(Code.POD_TEMPLATE_UNKNOWN_FIELD, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              spec:
                containers:
                  - { name: proxy, image: envoy, volumeMount: [] }
                nodeSelectr: { a: b }
        """)).satisfiesExactly(
            d -> {
              assertThat(at(d)).isEqualTo("11:42");
              assertThat(d.message()).contains("`podTemplate.spec.containers[0].volumeMount`", "`web`");
              assertThat(d.hint()).isEqualTo("did you mean `volumeMounts`?");
            },
            d -> {
              assertThat(at(d)).isEqualTo("12:9");
              assertThat(d.hint()).isEqualTo("did you mean `nodeSelector`?");
            });
  }

  @Test
  void aStringWhereKubernetesWantsAnIntegerIsAnErrorAtTheValue() {
    assertThat(diagnostics(Code.POD_TEMPLATE_WRONG_TYPE, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              spec:
                containers:
                  - name: proxy
                    image: envoy
                    ports: [{ containerPort: "9901" }]
        """)).singleElement().satisfies(d -> {
          assertThat(at(d)).isEqualTo("13:38");
          assertThat(d.message()).isEqualTo(
              "`podTemplate.spec.containers[0].ports[0].containerPort` on tier `web` must be an integer, as Kubernetes reads it");
        });
  }

  @Test
  void aNumberWhereKubernetesWantsAStringIsAnError() {
    assertThat(diagnostics(Code.POD_TEMPLATE_WRONG_TYPE, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              metadata:
                annotations: { prometheus.io/port: 9090 }
        """)).singleElement().satisfies(d -> {
          assertThat(at(d)).isEqualTo("10:44");
          assertThat(d.hint()).contains("quote");
        });
  }

  @Test
  void aWorkloadFieldNamesTheTiersFieldInstead() {
    assertThat(diagnostics(Code.POD_TEMPLATE_OWNED_FIELD, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              spec: { replicas: 3, volumeClaimTemplates: [] }
        """)).extracting(d -> d.hint()).containsExactly(
            "set `replicas` or `autoscaling` on the tier instead of in `podTemplate`",
            "set `storage` on the tier instead of in `podTemplate`");
  }

  @Test
  void aFragmentKubernetesReadsDrawsNothing() {
    assertThat(diagnostics(Code.POD_TEMPLATE_UNKNOWN_FIELD, """
        tiers:
          web:
            image: nginx:1.27
            replicas: 1
            podTemplate:
              spec: { priorityClassName: high, dnsConfig: { options: [{ name: ndots, value: "2" }] } }
        """)).isEmpty();
  }
}
