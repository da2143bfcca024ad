package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ServiceAccount, Role and RoleBinding that the schedule jobs of a set run as (rule 6): a
 * namespaced Role whose rules grant {@code get} and {@code patch} only, each on one resource
 * ({@code horizontalpodautoscalers} in {@code autoscaling}, or {@code deployments/scale} /
 * {@code statefulsets/scale} in {@code apps}) and only on the objects the jobs patch, by name. RBAC
 * matches the plural resource name, never the kind; no wildcards. The account's token is not
 * mounted by default: only the job pods, which need it, ask for it.
 */
final class SchedulerRbacCompiler {

  static final List<String> VERBS = List.of("get", "patch");

  private SchedulerRbacCompiler() {}

  static List<HasMetadata> compile(TierIdentity id, List<SchedulePatch> patches) {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(new ServiceAccountBuilder().withMetadata(id.objectMeta())
        .withAutomountServiceAccountToken(false).build());
    objects.add(new RoleBuilder().withMetadata(id.objectMeta()).withRules(rules(patches)).build());
    objects.add(new RoleBindingBuilder()
        .withMetadata(id.objectMeta())
        .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName(id.name()).endRoleRef()
        .addNewSubject().withKind("ServiceAccount").withName(id.name()).endSubject()
        .build());
    return objects;
  }

  /** One rule per resource, in a fixed order, listing the patched objects sorted by name. */
  private static List<PolicyRule> rules(List<SchedulePatch> patches) {
    Map<String, TreeSet<String>> names = new TreeMap<>();
    Map<String, String> groups = new TreeMap<>();
    for (SchedulePatch p : patches) {
      names.computeIfAbsent(p.resource(), r -> new TreeSet<>()).add(p.objectName());
      groups.put(p.resource(), p.apiGroup());
    }
    List<PolicyRule> rules = new ArrayList<>();
    names.forEach((resource, objects) -> rules.add(new PolicyRuleBuilder()
        .withApiGroups(groups.get(resource))
        .withResources(resource)
        .withResourceNames(new ArrayList<>(objects))
        .withVerbs(VERBS)
        .build()));
    return rules;
  }
}
