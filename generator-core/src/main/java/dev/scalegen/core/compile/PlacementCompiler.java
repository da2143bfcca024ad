package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a tier's pods on its node pool: a {@code nodeSelector} for {@code mode: required}, a preferred
 * node affinity (weight 100) for {@code mode: preferred} (the default), the preset's and the pool's
 * tolerations, and, when the tier may run more than one pod, a topology spread on the pool's label
 * key ({@code maxSkew: 1}, {@code ScheduleAnyway}) so that losing the spot capacity does not take
 * every pod at once.
 */
final class PlacementCompiler {

  static final String REQUIRED = "required";
  static final String PREFERRED = "preferred";

  private PlacementCompiler() {}

  /** Adds the placement of {@code tier} to a pod spec; no-op for a tier without placement. */
  static void place(PodSpecBuilder pod, Tier tier, Map<String, NodePool> pools, TierIdentity id) {
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
      pod.withNodeSelector(Map.of(label.key(), label.value()));
    } else {
      pod.withAffinity(preferredAffinity(label));
    }
    List<Toleration> tolerations = tolerations(preset, pool);
    if (!tolerations.isEmpty()) {
      pod.withTolerations(tolerations);
    }
    if (TierScale.mayExceedOne(tier)) {
      pod.addToTopologySpreadConstraints(new TopologySpreadConstraintBuilder()
          .withMaxSkew(1)
          .withTopologyKey(label.key())
          .withWhenUnsatisfiable("ScheduleAnyway")
          .withLabelSelector(id.labelSelector())
          .build());
    }
  }

  private static Affinity preferredAffinity(NodePool.NodeLabel label) {
    return new AffinityBuilder()
        .withNewNodeAffinity()
        .addNewPreferredDuringSchedulingIgnoredDuringExecution()
        .withWeight(100)
        .withNewPreference()
        .addNewMatchExpression()
        .withKey(label.key())
        .withOperator("In")
        .withValues(label.value())
        .endMatchExpression()
        .endPreference()
        .endPreferredDuringSchedulingIgnoredDuringExecution()
        .endNodeAffinity()
        .build();
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
    return all.stream()
        .map(t -> new TolerationBuilder()
            .withKey(t.key())
            .withOperator(t.operator())
            .withValue(t.value())
            .withEffect(t.effect())
            .build())
        .toList();
  }

  /** The operator defaults to {@code Equal} when a value is set, else {@code Exists}. */
  private static NodePool.Toleration normalize(NodePool.Toleration t) {
    String operator = t.operator() != null ? t.operator() : t.value() != null ? "Equal" : "Exists";
    String value = "Exists".equals(operator) ? null : t.value();
    return new NodePool.Toleration(t.key(), operator, value, t.effect());
  }
}
