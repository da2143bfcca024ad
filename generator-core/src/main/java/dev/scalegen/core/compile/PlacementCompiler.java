package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a tier's pods on its node pool: a {@code nodeSelector} for {@code mode: required}, a preferred
 * node affinity (weight 100) for {@code mode: preferred} (the default), the preset's and the pool's
 * tolerations, and, for {@code preferred} when the tier may run more than one pod and the pool's
 * label key is one that every node of the provider carries ({@link SpotPreset#labelOnEveryNode}), a
 * topology spread on that key ({@code maxSkew: 1}, {@code ScheduleAnyway}) so that losing the spot
 * capacity does not take every pod at once.
 *
 * <p>No spread on any other key: the scheduler leaves a node without the topology key out of the
 * spread's domains and gives it the lowest spread score (kube-scheduler's PodTopologySpread
 * {@code NormalizeScore}), so a spread on a label that only spot nodes carry (GKE's
 * {@code cloud.google.com/gke-spot}, AKS's {@code kubernetes.azure.com/scalesetpriority}) has one
 * domain and pushes pods toward the spot nodes instead of spreading them. Not for {@code required}
 * either: every node the selector admits has the same value of the key, so the spread would do
 * nothing.
 */
final class PlacementCompiler {

  static final String REQUIRED = "required";
  static final String PREFERRED = "preferred";

  private PlacementCompiler() {}

  /** Adds the placement of {@code tier} to a pod spec; no-op for a tier without placement. */
  static void place(PodSpec pod, Tier tier, Map<String, NodePool> pools, TierScale scale,
      TierIdentity id) {
    Tier.Placement placement = tier.placement();
    if (placement == null) {
      return;
    }
    NodePool pool = pools.get(placement.pool());
    if (pool == null) {
      throw new IllegalStateException("tier `" + tier.name() + "` names unknown pool `" + placement.pool() + "`");
    }
    SpotPreset preset = SpotPreset.byId(pool.preset());
    NodePool.NodeLabel label = preset.label(pool);
    String mode = placement.mode() == null ? PREFERRED : placement.mode();
    if (REQUIRED.equals(mode)) {
      Map<String, String> nodeSelector = new LinkedHashMap<>();
      nodeSelector.put(label.key(), label.value());
      pod.setNodeSelector(nodeSelector);
    } else {
      pod.setAffinity(preferredAffinity(label));
    }
    List<Toleration> tolerations = tolerations(preset, pool);
    if (!tolerations.isEmpty()) {
      pod.setTolerations(tolerations);
    }
    if (!REQUIRED.equals(mode) && preset.labelOnEveryNode(pool) && scale.mayExceedOne(tier)) {
      TopologySpreadConstraint spread = new TopologySpreadConstraint();
      spread.setMaxSkew(1);
      spread.setTopologyKey(label.key());
      spread.setWhenUnsatisfiable("ScheduleAnyway");
      spread.setLabelSelector(id.labelSelector());
      pod.getTopologySpreadConstraints().add(spread);
    }
  }

  private static Affinity preferredAffinity(NodePool.NodeLabel label) {
    NodeSelectorRequirement match = new NodeSelectorRequirement();
    match.setKey(label.key());
    match.setOperator("In");
    match.setValues(new ArrayList<>(List.of(label.value())));
    NodeSelectorTerm preference = new NodeSelectorTerm();
    preference.getMatchExpressions().add(match);
    PreferredSchedulingTerm preferred = new PreferredSchedulingTerm();
    preferred.setWeight(100);
    preferred.setPreference(preference);
    NodeAffinity nodeAffinity = new NodeAffinity();
    nodeAffinity.getPreferredDuringSchedulingIgnoredDuringExecution().add(preferred);
    Affinity affinity = new Affinity();
    affinity.setNodeAffinity(nodeAffinity);
    return affinity;
  }

  /** The preset's tolerations, then the pool's, without duplicates. */
  static List<Toleration> tolerations(SpotPreset preset, NodePool pool) {
    List<NodePool.Toleration> all = new ArrayList<>(preset.tolerations());
    for (NodePool.Toleration t : pool.tolerations()) {
      NodePool.Toleration normal = normalize(t);
      if (!all.contains(normal)) {
        all.add(normal);
      }
    }
    List<Toleration> tolerations = new ArrayList<>(all.size());
    for (NodePool.Toleration t : all) {
      Toleration toleration = new Toleration();
      toleration.setKey(t.key());
      toleration.setOperator(t.operator());
      toleration.setValue(t.value());
      toleration.setEffect(t.effect());
      tolerations.add(toleration);
    }
    return tolerations;
  }

  /** The operator defaults to {@code Equal} when a value is set, else {@code Exists}. */
  private static NodePool.Toleration normalize(NodePool.Toleration t) {
    String operator = t.operator() != null ? t.operator() : t.value() != null ? "Equal" : "Exists";
    String value = "Exists".equals(operator) ? null : t.value();
    return new NodePool.Toleration(t.key(), operator, value, t.effect());
  }
}
