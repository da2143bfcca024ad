package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReservedLabelRuleTest {

  private static List<Diagnostic> validate(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  /** A spec with one custom pool selecting {@code key: value}; the key's value is at 9:12. */
  private static List<Diagnostic> nodeLabel(String key, String value) {
    return validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          pool:
            preset: custom
            nodeLabel:
              key: %s
              value: %s
        tiers:
          web: { image: "nginx:1.27", replicas: 2 }
        """.formatted(key, value));
  }

  @Test
  void ownPrefixesAndLookAlikesPass() {
    assertThat(validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
          labels: { example.com/team: platform, notkubernetes.io/x: y, kubernetes.io.example.com/x: y, team: a }
        tiers:
          web:
            image: nginx:1.27
            replicas: 2
            labels: { example.com/role: web }
        """)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "kubernetes.io/arch", "kubernetes.io/os", "kubernetes.io/hostname", "node.kubernetes.io/instance-type",
      "topology.kubernetes.io/zone", "topology.kubernetes.io/region", "karpenter.sh/capacity-type"})
  void wellKnownNodeLabelsPass(String key) {
    assertThat(nodeLabel(key, "x")).isEmpty();
  }

  @Test
  void reservedLabelKeysAreReportedAtTheKey() {
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
          labels:
            kubernetes.io/team: platform
            app.kubernetes.io/name: shop
        tiers:
          web:
            image: nginx:1.27
            replicas: 2
            labels:
              k8s.io/role: web
              sigs.k8s.io/thing: x
        """);
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.RESERVED_LABEL);
    assertThat(diagnostics).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    assertThat(diagnostics).extracting(ReservedLabelRuleTest::position).containsExactly("6:5", "7:5", "13:7", "14:7");
    assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
        "`metadata.labels` key `kubernetes.io/team` is under `kubernetes.io/`, a prefix reserved for Kubernetes",
        "`metadata.labels` key `app.kubernetes.io/name` is under `app.kubernetes.io/`, a prefix reserved for Kubernetes",
        "`tiers.web.labels` key `k8s.io/role` is under `k8s.io/`, a prefix reserved for Kubernetes",
        "`tiers.web.labels` key `sigs.k8s.io/thing` is under `sigs.k8s.io/`, a prefix reserved for Kubernetes");
    assertThat(diagnostics.get(0).hint()).isEqualTo("use a prefix your organisation owns, such as `example.com/team`");
    assertThat(diagnostics.get(1).hint()).contains("scalegen sets", "itself");
  }

  @Test
  void theSeedGuidesSpotSelectorMatchesNoNode() {
    assertThat(nodeLabel("kubernetes.io/instance-type", "spot")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.RESERVED_LABEL);
      assertThat(position(d)).isEqualTo("9:12");
      assertThat(d.message()).isEqualTo("`nodeLabel` `kubernetes.io/instance-type: spot` matches no node: no node carries a"
          + " `kubernetes.io/instance-type` label, and spot capacity is marked by a provider-specific label");
      assertThat(d.hint()).contains("`eks-spot`", "`karpenter-spot`", "`gke-spot`", "`gke-preemptible`", "`aks-spot`",
          "`node.kubernetes.io/instance-type`");
    });
  }

  @Test
  void otherReservedNodeLabelsAreNotWellKnown() {
    assertThat(nodeLabel("node.kubernetes.io/lifecycle", "spot")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.RESERVED_LABEL);
      assertThat(d.message()).contains("`node.kubernetes.io/lifecycle: spot`", "not a well-known node label");
    });
  }

  @Test
  void anInvalidKeyIsLeftToTheSyntaxRule() {
    assertThat(nodeLabel("\"kubernetes.io/Spot Type\"", "x")).extracting(Diagnostic::code)
        .containsExactly(Code.BAD_LABEL);
  }
}
