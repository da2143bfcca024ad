package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class PlacementRecogniserTest {

  private static Findings findings;

  private static PlacementRecogniser.Placed place(String podSpec) {
    ManifestDocument d = Manifests.one("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n"
        + "  template:\n    spec:\n" + podSpec.indent(6) + "      containers: [{name: web, image: x}]\n");
    findings = new Findings(d);
    Deployment deployment = findings.bind(Deployment.class);
    return PlacementRecogniser.recognise(findings, deployment.getSpec().getTemplate().getSpec(), "/spec/template/spec");
  }

  @Test
  void realSpotLabelsMapToTheirPresets() {
    assertThat(place("nodeSelector: {karpenter.sh/capacity-type: spot}").pool().preset()).isEqualTo("karpenter-spot");
    assertThat(place("nodeSelector: {eks.amazonaws.com/capacityType: SPOT}").pool().preset()).isEqualTo("eks-spot");
    assertThat(place("nodeSelector: {cloud.google.com/gke-spot: \"true\"}").pool().preset()).isEqualTo("gke-spot");
    assertThat(place("nodeSelector: {kubernetes.azure.com/scalesetpriority: spot}").pool().preset()).isEqualTo("aks-spot");
    assertThat(place("nodeSelector: {karpenter.sh/capacity-type: spot}").placement().mode()).isEqualTo("required");
  }

  @Test
  void preferredNodeAffinityIsAPreferredPlacement() {
    var placed = place("""
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 1
                preference: {matchExpressions: [{key: cloud.google.com/gke-preemptible, operator: In, values: ["true"]}]}
        """);
    assertThat(placed.pool().preset()).isEqualTo("gke-preemptible");
    assertThat(placed.placement().mode()).isEqualTo("preferred");
  }

  @Test
  void instanceTypeSpotIsReportedAtItsKeyAndMakesNoPool() {
    assertThat(place("nodeSelector:\n  kubernetes.io/instance-type: spot")).isNull();
    assertThat(findings.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.INSTANCE_TYPE_SPOT);
      assertThat(d.location().line()).isEqualTo(8);
      assertThat(d.location().column()).isEqualTo(9);
    });
  }

  @Test
  void presetTaintIsImpliedAndOtherTolerationsBelongToThePool() {
    var placed = place("""
        nodeSelector: {karpenter.sh/capacity-type: spot}
        tolerations:
          - {key: dedicated, operator: Equal, value: batch, effect: NoSchedule}
        """);
    assertThat(placed.pool().tolerations()).singleElement()
        .satisfies(t -> assertThat(t.key()).isEqualTo("dedicated"));
    var gke = place("""
        nodeSelector: {cloud.google.com/gke-spot: "true"}
        tolerations: [{key: cloud.google.com/gke-spot, operator: Equal, value: "true", effect: NoSchedule}]
        """);
    assertThat(gke.pool().tolerations()).isEmpty();
  }

  @Test
  void anotherLabelIsACustomPoolAndOsIsNotCarried() {
    var placed = place("nodeSelector: {node-role: batch, kubernetes.io/os: linux}");
    assertThat(placed.pool().preset()).isEqualTo("custom");
    assertThat(placed.pool().nodeLabel().key()).isEqualTo("node-role");
    assertThat(placed.pool().name()).isEqualTo("batch");
    assertThat(findings.diagnostics()).extracting(d -> d.code()).containsExactly(Code.NOT_CARRIED);
  }
}
