package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.PodTemplate;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sidecars a {@code podTemplate} adds (its {@code containers} other than the tier's, and its
 * native sidecars: {@code initContainers} with {@code restartPolicy: Always}) run as long as the
 * tier's container, so they answer to the same rules, with the same codes:
 *
 * <ul>
 *   <li>{@code SG205} (error): on an autoscaled tier, a sidecar without a request for a resource
 *       the HPA targets. The HPA divides the pod's use by the sum of its containers' requests
 *       (sidecars included since Kubernetes 1.29) and stops with "missing request for cpu in
 *       container ..." when one has none;
 *   <li>{@code SG243} and {@code SG244} (warnings): a sidecar without requests, or without a memory
 *       limit, as {@link MissingRequestsRule} and {@link MissingMemoryLimitRule} say of a tier.
 * </ul>
 *
 * Plain init containers finish before the tier's container starts: not checked. Located at the
 * sidecar's {@code resources}, else its {@code name}.
 */
public final class PodTemplateResourcesRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      PodTemplate fragment = tier.pod().podTemplate();
      if (fragment == null) {
        continue;
      }
      PodSpec pod = fragment.template().getSpec();
      for (String list : List.of("containers", "initContainers")) {
        List<Container> entries = list.equals("containers") ? pod.getContainers() : pod.getInitContainers();
        for (int i = 0; i < entries.size(); i++) {
          Container c = entries.get(i);
          boolean sidecar = list.equals("containers") ? !tier.name().equals(c.getName())
              : "Always".equals(c.getRestartPolicy());
          if (sidecar && c.getName() != null) {
            check(tier, c, fragment.pointer() + "/spec/" + list + "/" + i, report);
          }
        }
      }
    }
  }

  private static void check(Tier tier, Container c, String at, Reporter report) {
    Map<String, Quantity> requests = c.getResources() == null ? Map.of() : c.getResources().getRequests();
    Map<String, Quantity> limits = c.getResources() == null ? Map.of() : c.getResources().getLimits();
    String pointer = report.has(at + "/resources") ? at + "/resources" : at + "/name";
    String who = "sidecar `" + c.getName() + "` of tier `" + tier.name() + "`";
    List<String> missing = new ArrayList<>();
    for (String resource : List.of("cpu", "memory")) {
      boolean requested = requests.containsKey(resource) || limits.containsKey(resource);
      Integer target = tier.autoscaling() == null ? null
          : "cpu".equals(resource) ? tier.autoscaling().cpu() : tier.autoscaling().memory();
      if (!requested && target != null) {
        report.key(Code.TARGET_WITHOUT_REQUEST, pointer, "`autoscaling." + resource + "` (" + target + "%) needs a `"
            + resource + "` request on " + who + " too: the HPA measures the pod against the requests of all its"
            + " containers and stops when one has none", "set `resources.requests." + resource + "` on the sidecar");
      } else if (!requested) {
        missing.add(resource);
      }
    }
    if (!missing.isEmpty()) {
      report.key(Code.MISSING_REQUESTS, pointer, who + " requests no `" + String.join("` or `", missing)
          + "`: the scheduler does not count what it uses, so nodes can be overcommitted",
          "set `resources.requests` on the sidecar, e.g. `{ cpu: 50m, memory: 64Mi }`");
    }
    if (!limits.containsKey("memory")) {
      report.key(Code.NO_MEMORY_LIMIT, pointer, who + " has no `resources.limits.memory`: if it leaks, it can take"
          + " its node's memory and the out-of-memory killer then ends other pods' processes too",
          "set `resources.limits.memory` on the sidecar, e.g. `128Mi`");
    }
  }
}
