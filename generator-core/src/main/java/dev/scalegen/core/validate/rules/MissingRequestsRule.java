package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * A tier whose container requests no CPU or no memory ({@code SG243}, warning): with neither, its
 * pods are BestEffort, placed without regard to free capacity and evicted first when a node runs
 * short; with one missing, the scheduler does not count that resource and overcommits nodes. A
 * limit without a request counts as a request (the API server copies the limit into it). Every
 * kind of tier is checked (fixed, stateful, autoscaled); on an autoscaled tier a resource whose
 * utilization target lacks its request is left to {@code SG205}, the error that names the cause.
 * Scenarios can only add resources, so the baseline is checked.
 */
public final class MissingRequestsRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      Resources resources = tier.resources() == null ? new Resources(null, null) : tier.resources();
      List<String> missing = new ArrayList<>();
      for (String resource : new String[] {"cpu", "memory"}) {
        boolean requested = resources.requestsOrEmpty().get(resource) != null
            || resources.limitsOrEmpty().get(resource) != null;
        if (!requested && !reportedAsTargetWithoutRequest(tier, resource)) {
          missing.add(resource);
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      String at = Pointers.tier(tier.name());
      String pointer = report.has(at + "/resources/requests") ? at + "/resources/requests"
          : report.has(at + "/resources") ? at + "/resources" : at;
      String example = missing.size() == 2 ? "`requests: { cpu: 250m, memory: 256Mi }`"
          : "cpu".equals(missing.get(0)) ? "`cpu: 250m`" : "`memory: 256Mi`";
      report.key(Code.MISSING_REQUESTS, pointer, message(tier.name(), missing),
          "set `resources.requests" + (missing.size() == 2 ? "" : "." + missing.get(0)) + "` to what a pod needs at"
              + " its usual load, e.g. " + example + "; the scheduler reserves that much on the node for each pod");
    }
  }

  /**
   * Whether {@code SG205} reports this missing request: an HPA target for the resource, or an HPA
   * with no target at all (Kubernetes then scales on 80% CPU) for {@code cpu}.
   */
  private static boolean reportedAsTargetWithoutRequest(Tier tier, String resource) {
    if (!tier.autoscaled()) {
      return false;
    }
    Integer cpu = tier.autoscaling().cpu();
    Integer memory = tier.autoscaling().memory();
    return "cpu".equals(resource) ? cpu != null || memory == null : memory != null;
  }

  private static String message(String tier, List<String> missing) {
    if (missing.size() == 2) {
      return "tier `" + tier + "` requests neither `cpu` nor `memory` (`resources.requests`): its pods are BestEffort,"
          + " placed without regard to free capacity and evicted first when a node runs short";
    }
    String resource = missing.get(0);
    return "tier `" + tier + "` has no `resources.requests." + resource + "`: the scheduler does not count its pods' "
        + resource + ", so nodes can be overcommitted and the pods starved or evicted";
  }
}
