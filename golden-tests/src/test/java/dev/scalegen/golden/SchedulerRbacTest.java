package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.FileLayout;
import dev.scalegen.core.emit.ManifestYaml;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule 6 and the credentials of schedule jobs, on every set of every valid golden case: a Role
 * grants {@code get} and {@code patch} only, each rule on one of {@code horizontalpodautoscalers},
 * {@code scaledobjects} (KEDA tiers), {@code deployments/scale}, {@code statefulsets/scale} in its API group, on exactly the objects
 * the set's CronJobs patch, by name, never a wildcard. Every job pod runs under the account the
 * Role is bound to, with its token mounted; application pods mount no token.
 */
class SchedulerRbacTest {

  private static final Map<String, String> GROUPS = Map.of(
      "horizontalpodautoscalers", "autoscaling", "scaledobjects", "keda.sh", "deployments/scale", "apps",
      "statefulsets/scale", "apps");
  private static final Map<String, String> KINDS = Map.of(
      "horizontalpodautoscaler.autoscaling", "horizontalpodautoscalers", "scaledobject.keda.sh", "scaledobjects",
      "deployment.apps", "deployments/scale", "statefulset.apps", "statefulsets/scale");

  @TestFactory
  Stream<DynamicTest> everyRoleGrantsOnlyGetAndPatchOnTheObjectsItsJobsPatch() {
    return GoldenCases.valid().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Map<String, List<HasMetadata>> bySet = new LinkedHashMap<>();
      for (Manifest m : GoldenCases.generate(dir)) {
        if (!m.path().endsWith("/" + FileLayout.KUSTOMIZATION)) {
          bySet.computeIfAbsent(m.path().substring(0, m.path().indexOf('/')), s -> new ArrayList<>())
              .add(ManifestYaml.readObject(m.content()));
        }
      }
      bySet.forEach(SchedulerRbacTest::check);
    }));
  }

  private static void check(String set, List<HasMetadata> objects) {
    Set<String> granted = new HashSet<>();
    Set<String> patched = new HashSet<>();
    Set<String> existing = new HashSet<>();
    String boundAccount = null;
    for (HasMetadata o : objects) {
      existing.add(o.getKind() + "/" + o.getMetadata().getName());
      if (o instanceof Role role) {
        for (PolicyRule rule : role.getRules()) {
          assertThat(rule.getVerbs()).as("%s: verbs", set).containsExactly("get", "patch");
          assertThat(rule.getResources()).as("%s: one resource per rule", set).hasSize(1);
          String resource = rule.getResources().get(0);
          assertThat(GROUPS).as("%s: resource", set).containsKey(resource);
          assertThat(rule.getApiGroups()).as("%s: API group of %s", set, resource).containsExactly(GROUPS.get(resource));
          assertThat(rule.getResourceNames()).as("%s: resourceNames", set).isNotEmpty().doesNotContain("*", "");
          assertThat(rule.getNonResourceURLs()).isNullOrEmpty();
          rule.getResourceNames().forEach(name -> granted.add(resource + " " + name));
        }
      }
      if (o instanceof RoleBinding binding) {
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> assertThat(s.getKind()).isEqualTo("ServiceAccount"));
        boundAccount = binding.getSubjects().get(0).getName();
      }
      if (o instanceof Deployment d) {
        assertThat(d.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
      }
      if (o instanceof StatefulSet s) {
        assertThat(s.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isFalse();
      }
    }
    for (HasMetadata o : objects) {
      if (o instanceof CronJob job) {
        PodSpec pod = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).as("%s: job pods need their token", set).isTrue();
        assertThat(pod.getServiceAccountName()).as("%s: job account", set).isEqualTo(boundAccount);
        for (Container c : pod.getContainers()) {
          List<String> command = c.getCommand();
          assertThat(command.subList(0, 2)).containsExactly("kubectl", "patch");
          String[] target = command.get(2).split("/");
          String resource = KINDS.get(target[0]);
          assertThat(resource).as("%s: patched kind %s", set, target[0]).isNotNull();
          patched.add(resource + " " + target[1]);
        }
      }
    }
    assertThat(granted).as("%s: the Role names exactly what the jobs patch", set).isEqualTo(patched);
    for (String grant : granted) {
      String[] parts = grant.split(" ");
      String kind = parts[0].startsWith("horizontal") ? "HorizontalPodAutoscaler"
          : parts[0].equals("scaledobjects") ? "ScaledObject"
          : parts[0].startsWith("deployments") ? "Deployment" : "StatefulSet";
      assertThat(existing).as("%s: granted object exists in the set", set).contains(kind + "/" + parts[1]);
    }
  }
}
