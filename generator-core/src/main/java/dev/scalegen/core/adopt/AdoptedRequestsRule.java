package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import java.util.List;

/**
 * {@code SG205} for an adopted tier: an HPA utilization target needs a request for that resource on
 * every container of the pod. The adopted container's request is the spec's, else the base's; the
 * other containers' (sidecars) are the base's. Located at the target in the spec, naming the
 * container without a request.
 */
final class AdoptedRequestsRule implements AdoptionRule {

  @Override
  public void check(ScalingSpec spec, Tier tier, AdoptedWorkload w, BaseManifests base, List<Diagnostic> out) {
    if (!tier.autoscaled()) {
      return;
    }
    Resources.ResourceList mine = tier.resources() == null ? null : tier.resources().requests();
    String at = "/tiers/" + SourceMap.escape(tier.name()) + "/autoscaling/";
    for (String resource : List.of("cpu", "memory")) {
      Integer target = "cpu".equals(resource) ? tier.autoscaling().cpu() : tier.autoscaling().memory();
      if (target == null) {
        continue;
      }
      String fromSpec = mine == null ? null : "cpu".equals(resource) ? mine.cpu() : mine.memory();
      List<?> containers = w.workload().at("/spec/template/spec/containers") instanceof List<?> l ? l : List.of();
      for (int i = 0; i < containers.size(); i++) {
        boolean adopted = i == w.container();
        String request = w.workload().text("/spec/template/spec/containers/" + i + "/resources/requests/" + resource);
        if (request == null && !(adopted && fromSpec != null)) {
          String name = w.workload().text("/spec/template/spec/containers/" + i + "/name");
          out.add(Diagnostic.of(Code.TARGET_WITHOUT_REQUEST, spec.source().valueAt(at + resource),
              "`autoscaling." + resource + "` of tier `" + tier.name() + "` needs a " + resource + " request on every"
                  + " container, and container `" + name + "` of " + w.workload().id() + " has none",
              adopted ? "add `resources.requests." + resource + "` to tier `" + tier.name() + "`"
                  : "give container `" + name + "` a " + resource + " request in the base"));
        }
      }
    }
  }
}
