package dev.scalegen.core.compile;

import static dev.scalegen.core.Fixtures.generate;
import static dev.scalegen.core.Fixtures.object;
import static dev.scalegen.core.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The spot presets of the brief's table, and the two placement modes. */
class PlacementCompilerTest {

  private static PodSpec pod(String pool, String mode, int replicas) {
    return object(generate(spec("""
        nodePools:
          spot: %s
        tiers:
          api: { image: a:1, replicas: %d, placement: { pool: spot%s } }
        """.formatted(pool, replicas, mode == null ? "" : ", mode: " + mode))),
        "api/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
  }

  private static List<String> tolerations(PodSpec pod) {
    return pod.getTolerations().stream()
        .map((Toleration t) -> t.getKey() + "/" + t.getOperator() + "/" + t.getValue() + "/" + t.getEffect())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "eks-spot        | eks.amazonaws.com/capacityType        | SPOT  | ",
      "karpenter-spot  | karpenter.sh/capacity-type            | spot  | ",
      "gke-spot        | cloud.google.com/gke-spot             | true  | cloud.google.com/gke-spot/Equal/true/NoSchedule",
      "gke-preemptible | cloud.google.com/gke-preemptible      | true  | cloud.google.com/gke-preemptible/Equal/true/NoSchedule",
      "aks-spot        | kubernetes.azure.com/scalesetpriority | spot  | kubernetes.azure.com/scalesetpriority/Equal/spot/NoSchedule"})
  void eachPresetSelectsItsLabelAndToleratesItsTaint(String preset, String key, String value, String toleration) {
    PodSpec pod = pod("{ preset: " + preset + " }", "required", 1);
    assertThat(pod.getNodeSelector()).containsExactly(java.util.Map.entry(key, value));
    assertThat(tolerations(pod)).isEqualTo(toleration == null ? List.of() : List.of(toleration));
  }

  @Test
  void customPoolsUseTheirLabelAndTolerations() {
    PodSpec pod = pod("""
        { preset: custom, nodeLabel: { key: pool, value: cheap }, tolerations: [ { key: cheap, effect: NoExecute }, { key: tier, value: batch, effect: NoSchedule } ] }""",
        "required", 1);
    assertThat(pod.getNodeSelector()).containsExactly(java.util.Map.entry("pool", "cheap"));
    assertThat(tolerations(pod)).containsExactly("cheap/Exists/null/NoExecute", "tier/Equal/batch/NoSchedule");
  }

  @Test
  void karpenterPoolsTolerateWhatTheirNodePoolDeclares() {
    PodSpec pod = pod("{ preset: karpenter-spot, tolerations: [ { key: spot, operator: Exists, effect: NoSchedule } ] }", null, 1);
    assertThat(tolerations(pod)).containsExactly("spot/Exists/null/NoSchedule");
  }

  @Test
  void preferredIsTheDefaultAndBecomesAPreferredNodeAffinity() {
    PodSpec pod = pod("{ preset: gke-spot }", null, 1);
    assertThat(pod.getNodeSelector()).isEmpty();
    var term = pod.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution().get(0);
    assertThat(term.getWeight()).isEqualTo(100);
    var expression = term.getPreference().getMatchExpressions().get(0);
    assertThat(expression.getKey()).isEqualTo("cloud.google.com/gke-spot");
    assertThat(expression.getOperator()).isEqualTo("In");
    assertThat(expression.getValues()).containsExactly("true");
    assertThat(pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"eks-spot, eks.amazonaws.com/capacityType", "karpenter-spot, karpenter.sh/capacity-type"})
  void podsSpreadOverACapacityLabelEveryNodeCarriesWhenThereCanBeSeveral(String preset, String key) {
    assertThat(pod("{ preset: " + preset + " }", null, 1).getTopologySpreadConstraints()).isEmpty();
    var spread = pod("{ preset: " + preset + " }", null, 3).getTopologySpreadConstraints();
    assertThat(spread).hasSize(1);
    assertThat(spread.get(0).getTopologyKey()).isEqualTo(key);
    assertThat(spread.get(0).getMaxSkew()).isEqualTo(1);
    assertThat(spread.get(0).getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
    assertThat(spread.get(0).getLabelSelector().getMatchLabels())
        .containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/instance");
  }

  @ParameterizedTest
  @CsvSource({"{ preset: gke-spot }", "{ preset: gke-preemptible }", "{ preset: aks-spot }",
      "'{ preset: custom, nodeLabel: { key: pool, value: cheap } }'",
      "'{ preset: eks-spot, nodeLabel: { key: example.com/capacity, value: spot } }'"})
  void noSpreadOnALabelThatOnDemandNodesMayLack(String pool) {
    // kube-scheduler leaves a node without the topology key out of the spread and scores it
    // lowest: a spread on a spot-only label would push the pods onto spot, not spread them.
    PodSpec pod = pod(pool, null, 3);
    assertThat(pod.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()).hasSize(1);
    assertThat(pod.getTopologySpreadConstraints()).isEmpty();
  }

  @Test
  void requiredPlacementHasNoSpreadOverTheLabelItSelects() {
    // Every node the selector admits has the pool's value: the spread would have one domain.
    PodSpec pod = pod("{ preset: karpenter-spot }", "required", 3);
    assertThat(pod.getNodeSelector()).containsOnlyKeys("karpenter.sh/capacity-type");
    assertThat(pod.getTopologySpreadConstraints()).isEmpty();
  }

  @Test
  void tiersWithoutPlacementRunAnywhere() {
    PodSpec pod = object(generate(spec("""
        tiers:
          api: { image: a:1, replicas: 3 }
        """)), "api/deployment.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getNodeSelector()).isEmpty();
    assertThat(pod.getAffinity()).isNull();
    assertThat(pod.getTolerations()).isEmpty();
    assertThat(pod.getTopologySpreadConstraints()).isEmpty();
  }
}
