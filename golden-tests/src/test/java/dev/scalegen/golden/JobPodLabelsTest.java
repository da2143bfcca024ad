package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.FileLayout;
import dev.scalegen.core.emit.ManifestYaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pods of schedule jobs never match a workload's selector (issue 12, A6): not the selector of a
 * Deployment, StatefulSet, PDB or Service, nor that of an HPA's target, in every valid golden case,
 * whatever the schedules are named ({@code schedule-named-like-tier}). A match would make the
 * Deployment, PDB, Service and HPA count the kubectl pods as the tier's.
 */
class JobPodLabelsTest {

  @TestFactory
  Stream<DynamicTest> noJobPodMatchesAWorkloadSelector() {
    return GoldenCases.valid().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      List<HasMetadata> objects = new ArrayList<>();
      for (Manifest m : GoldenCases.generate(dir)) {
        if (!m.path().endsWith("/" + FileLayout.KUSTOMIZATION)) {
          objects.add(ManifestYaml.readObject(m.content()));
        }
      }
      Map<String, Map<String, String>> selectors = selectors(objects);
      for (HasMetadata object : objects) {
        if (object instanceof CronJob cronJob) {
          String name = cronJob.getMetadata().getName();
          Map<String, String> pod = cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels();
          assertThat(pod).as("pod labels of %s", name).isNotEmpty();
          selectors.forEach((owner, selector) ->
              assertThat(matches(selector, pod)).as("pods of %s match the selector of %s", name, owner).isFalse());
        }
      }
    }));
  }

  /** The selector of each workload, PDB and Service, and of each HPA's target, by the object that holds it. */
  private static Map<String, Map<String, String>> selectors(List<HasMetadata> objects) {
    Map<String, Map<String, String>> workloads = new HashMap<>();
    Map<String, Map<String, String>> selectors = new HashMap<>();
    for (HasMetadata object : objects) {
      String key = object.getKind() + "/" + object.getMetadata().getName();
      Map<String, String> selector = object instanceof Deployment d ? d.getSpec().getSelector().getMatchLabels()
          : object instanceof StatefulSet s ? s.getSpec().getSelector().getMatchLabels()
          : object instanceof PodDisruptionBudget p ? p.getSpec().getSelector().getMatchLabels()
          : object instanceof Service s ? s.getSpec().getSelector()
          : null;
      if (selector != null) {
        assertThat(selector).as("selector of %s", key).isNotEmpty();
        selectors.put(key, selector);
        workloads.put(key, selector);
      }
    }
    for (HasMetadata object : objects) {
      if (object instanceof HorizontalPodAutoscaler hpa) {
        CrossVersionObjectReference target = hpa.getSpec().getScaleTargetRef();
        Map<String, String> selector = workloads.get(target.getKind() + "/" + target.getName());
        assertThat(selector).as("target of HPA %s", hpa.getMetadata().getName()).isNotNull();
        selectors.put("HorizontalPodAutoscaler/" + hpa.getMetadata().getName(), selector);
      }
    }
    return selectors;
  }

  /** Whether {@code labels} match {@code selector} as {@code matchLabels} do: every pair present. */
  private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
    return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
