package dev.scalegen.core.compile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ServiceAccount, Role and RoleBinding that the schedule jobs of a set run as (rule 6): a
 * namespaced Role whose rules grant {@code get} and {@code patch} only, each on one resource
 * ({@code horizontalpodautoscalers} in {@code autoscaling}, {@code scaledobjects} in {@code keda.sh}, or {@code deployments/scale} /
 * {@code statefulsets/scale} in {@code apps}) and only on the objects the jobs patch, by name. RBAC
 * matches the plural resource name, never the kind; no wildcards. The account's token is not
 * mounted by default: only the job pods, which need it, ask for it.
 */
final class SchedulerRbacCompiler {

  static final List<String> VERBS = List.of("get", "patch");

  private SchedulerRbacCompiler() {}

  static List<HasMetadata> compile(TierIdentity id, List<SchedulePatch> patches) {
    List<HasMetadata> objects = new ArrayList<>();
    ServiceAccount account = new ServiceAccount();
    account.setMetadata(id.objectMeta());
    account.setAutomountServiceAccountToken(false);
    objects.add(account);
    Role role = new Role();
    role.setMetadata(id.objectMeta());
    role.setRules(rules(patches));
    objects.add(role);
    RoleRef roleRef = new RoleRef();
    roleRef.setApiGroup("rbac.authorization.k8s.io");
    roleRef.setKind("Role");
    roleRef.setName(id.name());
    Subject subject = new Subject();
    subject.setKind("ServiceAccount");
    subject.setName(id.name());
    RoleBinding binding = new RoleBinding();
    binding.setMetadata(id.objectMeta());
    binding.setRoleRef(roleRef);
    binding.getSubjects().add(subject);
    objects.add(binding);
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
    names.forEach((resource, objects) -> {
      PolicyRule rule = new PolicyRule();
      rule.setApiGroups(new ArrayList<>(List.of(groups.get(resource))));
      rule.setResources(new ArrayList<>(List.of(resource)));
      rule.setResourceNames(new ArrayList<>(objects));
      rule.setVerbs(new ArrayList<>(VERBS));
      rules.add(rule);
    });
    return rules;
  }
}
