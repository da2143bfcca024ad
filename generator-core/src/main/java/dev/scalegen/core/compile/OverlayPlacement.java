package dev.scalegen.core.compile;

import dev.scalegen.core.adopt.BaseObject;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Node placement in an overlay's workload patch. A tier with {@code placement} owns where its pods
 * run, so the patch replaces the base's node placement rather than merging into it (a merge would
 * keep a wrong label such as the guide's {@code kubernetes.io/instance-type: spot} next to the
 * right one): {@code mode: required} replaces {@code nodeSelector} ({@code $patch: replace}) and
 * removes a node affinity of the base; {@code preferred} replaces {@code affinity.nodeAffinity}
 * and removes a {@code nodeSelector} of the base; {@code tolerations} (a list, replaced whole by a
 * strategic merge) become the pool's, or are removed when it has none. Pod (anti-)affinity stays
 * the base's; the topology spread merges by {@code topologyKey}. A tier without placement leaves
 * the base's as it is.
 */
final class OverlayPlacement {

  static final String PATCH = "$patch";

  private OverlayPlacement() {}

  static void place(PodSpec patch, ScalingSpec spec, TierScale scale, Tier tier, BaseObject base, TierIdentity id) {
    if (tier.placement() == null) {
      return;
    }
    PlacementCompiler.place(patch, tier, spec.nodePools(), scale, id);
    String pod = "/spec/template/spec";
    if (patch.getNodeSelector() != null && !patch.getNodeSelector().isEmpty()) {
      Map<String, String> selector = new LinkedHashMap<>(patch.getNodeSelector());
      selector.put(PATCH, "replace");
      patch.setNodeSelector(selector);
    } else if (base.at(pod + "/nodeSelector") != null) {
      patch.setNodeSelector(new LinkedHashMap<>(Map.of(PATCH, "delete")));
    }
    NodeAffinity nodeAffinity = patch.getAffinity() == null ? null : patch.getAffinity().getNodeAffinity();
    if (nodeAffinity != null) {
      nodeAffinity.setAdditionalProperty(PATCH, "replace");
    } else if (base.at(pod + "/affinity/nodeAffinity") != null) {
      NodeAffinity removed = new NodeAffinity();
      removed.setAdditionalProperty(PATCH, "delete");
      Affinity affinity = new Affinity();
      affinity.setNodeAffinity(removed);
      patch.setAffinity(affinity);
    }
    if ((patch.getTolerations() == null || patch.getTolerations().isEmpty()) && base.at(pod + "/tolerations") != null) {
      patch.setAdditionalProperty("tolerations", RemovedField.INSTANCE);
    }
  }
}
