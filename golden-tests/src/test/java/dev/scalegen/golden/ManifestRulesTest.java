package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.FileLayout;
import dev.scalegen.core.emit.ManifestYaml;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rules 1, 2, 7, 8 and 9 of the brief, and the rollout within the budget, checked on every set
 * (baseline, scenarios) of every valid golden case.
 */
class ManifestRulesTest {

  @TestFactory
  Stream<DynamicTest> everyGeneratedSetFollowsTheRules() {
    return GoldenCases.valid().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Map<String, Map<String, HasMetadata>> bySet = new HashMap<>();
      for (Manifest m : GoldenCases.generate(dir)) {
        if (!m.path().endsWith("/" + FileLayout.KUSTOMIZATION)) {
          HasMetadata object = ManifestYaml.readObject(m.content());
          String set = m.path().substring(0, m.path().indexOf('/'));
          bySet.computeIfAbsent(set, s -> new HashMap<>())
              .put(object.getKind() + "/" + object.getMetadata().getName(), object);
        }
      }
      bySet.values().forEach(byKindAndName -> byKindAndName.values().forEach(object -> check(object, byKindAndName)));
    }));
  }

  private static void check(HasMetadata object, Map<String, HasMetadata> all) {
    String name = object.getMetadata().getName();
    assertThat(name).as("rule 9: DNS-1123 name").matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")
        .hasSizeLessThanOrEqualTo(object instanceof StatefulSet ? 52 : 63);
    assertThat(object.getMetadata().getLabels()).as("rule 8: recommended labels of " + name)
        .containsKeys("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component",
            "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by");
    if (object instanceof HorizontalPodAutoscaler hpa) {
      String target = hpa.getSpec().getScaleTargetRef().getKind() + "/" + hpa.getSpec().getScaleTargetRef().getName();
      HasMetadata workload = all.get(target);
      assertThat(workload).as("HPA target " + target).isNotNull();
      PodTemplateSpec template;
      if (workload instanceof Deployment d) {
        assertThat(d.getSpec().getReplicas()).as("rule 1: %s has no spec.replicas", target).isNull();
        template = d.getSpec().getTemplate();
      } else {
        template = ((StatefulSet) workload).getSpec().getTemplate();
      }
      for (MetricSpec metric : hpa.getSpec().getMetrics()) {
        String resource = metric.getResource().getName();
        for (Container c : template.getSpec().getContainers()) {
          assertThat(c.getResources().getRequests()).as("rule 2: %s requests %s", target, resource).containsKey(resource);
        }
      }
    }
    if (object instanceof PodDisruptionBudget pdb) {
      assertThat(pdb.getSpec().getMaxUnavailable()).as("rule 7").isEqualTo(new IntOrString(1));
      assertThat(pdb.getSpec().getMinAvailable()).as("rule 7").isNull();
      stableOnly(pdb.getSpec().getSelector().getMatchLabels());
    }
    if (object instanceof Deployment d) {
      stableOnly(d.getSpec().getSelector().getMatchLabels());
      spreadSelectors(d.getSpec().getTemplate());
      d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().forEach(t ->
          assertThat(t.getMatchLabelKeys()).as("a rollout's new pods are spread on their own").containsExactly(
              "pod-template-hash"));
      rolloutWithinBudget(d, all);
      budgetWhenSeveralPods(d, d.getSpec().getReplicas(), all);
    }
    if (object instanceof StatefulSet s) {
      stableOnly(s.getSpec().getSelector().getMatchLabels());
      spreadSelectors(s.getSpec().getTemplate());
      budgetWhenSeveralPods(s, s.getSpec().getReplicas(), all);
    }
    if (object instanceof Service s) {
      stableOnly(s.getSpec().getSelector());
    }
  }

  /**
   * Rule 7 as corrected: a workload that may run more than one pod (its HPA's maximum, or its own
   * count, above 1) has a budget, whatever its minimum. (Schedules may raise a fixed count too;
   * the goldens show those cases.)
   */
  private static void budgetWhenSeveralPods(HasMetadata workload, Integer replicas, Map<String, HasMetadata> all) {
    String name = workload.getMetadata().getName();
    HasMetadata hpa = all.get("HorizontalPodAutoscaler/" + name);
    int most = hpa != null ? ((HorizontalPodAutoscaler) hpa).getSpec().getMaxReplicas() : replicas == null ? 1 : replicas;
    if (most > 1) {
      assertThat(all).as("rule 7: %s may run %d pods, so it has a PodDisruptionBudget", name, most)
          .containsKey("PodDisruptionBudget/" + name);
    }
  }

  /**
   * A Deployment always states its rollout, and a rollout never stops more pods at once than the
   * tier's budget lets an eviction take: {@code maxUnavailable} at most 1 pod at the tier's highest
   * count whenever it has a PodDisruptionBudget (the goldens are free of SG261).
   */
  private static void rolloutWithinBudget(Deployment d, Map<String, HasMetadata> all) {
    String name = d.getMetadata().getName();
    assertThat(d.getSpec().getStrategy().getType()).as("%s states its rollout", name).isEqualTo("RollingUpdate");
    IntOrString unavailable = d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
    HasMetadata hpa = all.get("HorizontalPodAutoscaler/" + name);
    int most = hpa != null ? ((HorizontalPodAutoscaler) hpa).getSpec().getMaxReplicas()
        : d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    int pods = unavailable.getIntVal() != null ? unavailable.getIntVal()
        : Integer.parseInt(unavailable.getStrVal().replace("%", "")) * most / 100;
    if (all.containsKey("PodDisruptionBudget/" + name)) {
      assertThat(pods).as("%s: a rollout stops at most the 1 pod its budget allows, at %d pods", name, most)
          .isLessThanOrEqualTo(1);
    }
  }

  /**
   * Topology keys that every node of their provider carries (spot or on-demand; the zone on every
   * node of a cloud cluster): a spread on any other key has nodes without it, which kube-scheduler
   * scores lowest, so it would push pods onto the labelled (spot) nodes instead of spreading them.
   */
  private static final List<String> KEYS_ON_EVERY_NODE = List.of("eks.amazonaws.com/capacityType",
      "karpenter.sh/capacity-type", "topology.kubernetes.io/zone");

  private static void spreadSelectors(PodTemplateSpec template) {
    template.getSpec().getTopologySpreadConstraints().forEach(t ->
        assertThat(t.getTopologyKey()).as("spread on a key every node carries").isIn(KEYS_ON_EVERY_NODE));
    template.getSpec().getTopologySpreadConstraints().stream()
        .map(t -> t.getLabelSelector())
        .map(LabelSelector::getMatchLabels)
        .forEach(ManifestRulesTest::stableOnly);
  }

  /** Rule 8: selectors are immutable, so they hold only the labels derived from names. */
  private static void stableOnly(Map<String, String> selector) {
    assertThat(selector.keySet()).as("rule 8: selector").containsExactlyInAnyOrderElementsOf(
        List.of("app.kubernetes.io/name", "app.kubernetes.io/instance"));
  }
}
