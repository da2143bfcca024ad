package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the workload a tier adopts ({@code SG431} when the base has no such kind and name) and its
 * container ({@code SG432}: the named one is missing, or none is named and the pod has several).
 */
final class WorkloadLookup {
  private WorkloadLookup() {}

  static AdoptedWorkload find(Tier tier, BaseManifests base, SourceMap spec, String at, List<Diagnostic> out) {
    Tier.Adopt adopt = tier.adopt();
    BaseObject workload = base.find(adopt.kind(), adopt.name());
    if (workload == null) {
      if (base.objects().isEmpty()) {
        return null;  // the base could not be read: SG430 says so
      }
      List<String> names = base.names(adopt.kind());
      String hint = DidYouMean.hint(adopt.name(), names);
      out.add(Diagnostic.of(Code.ADOPTED_WORKLOAD_NOT_FOUND, spec.valueAt(at + "/name"),
          "`adopt.name` `" + adopt.name() + "` of tier `" + tier.name() + "` is no " + adopt.kind() + " of the base",
          !hint.isEmpty() ? hint : names.isEmpty() ? "the base has no " + adopt.kind()
              : "the base's " + adopt.kind() + "s are " + DidYouMean.names(names)));
      return null;
    }
    List<String> containers = new ArrayList<>();
    if (workload.at("/spec/template/spec/containers") instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        containers.add(workload.text("/spec/template/spec/containers/" + i + "/name"));
      }
    }
    int index;
    if (adopt.container() != null) {
      index = containers.indexOf(adopt.container());
      if (index < 0) {
        out.add(Diagnostic.of(Code.ADOPTED_CONTAINER_NOT_FOUND, spec.valueAt(at + "/container"),
            "`adopt.container` `" + adopt.container() + "` is not a container of " + workload.id(),
            "its containers are " + DidYouMean.names(containers)));
        return null;
      }
    } else if (containers.size() != 1) {
      out.add(Diagnostic.of(Code.ADOPTED_CONTAINER_NOT_FOUND, spec.keyAt(at),
          workload.id() + " has " + containers.size() + " containers and tier `" + tier.name()
              + "` does not name one in `adopt.container`",
          containers.isEmpty() ? "give the workload a container" : "name one of " + DidYouMean.names(containers)));
      return null;
    } else {
      index = 0;
    }
    Map<String, String> selector = new LinkedHashMap<>();
    if (workload.at("/spec/selector/matchLabels") instanceof Map<?, ?> labels) {
      labels.forEach((k, v) -> selector.put(String.valueOf(k), String.valueOf(v)));
    }
    List<BaseObject> takenOver = new ArrayList<>();
    if (adopt.takeOver()) {
      takenOver.addAll(base.autoscalersOf(workload));
      takenOver.addAll(base.disruptionBudgetsOf(workload));
    }
    return new AdoptedWorkload(tier.name(), workload, index, containers.get(index), selector, takenOver);
  }
}
