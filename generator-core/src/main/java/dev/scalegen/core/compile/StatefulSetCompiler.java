package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.Map;

/**
 * An apps/v1 StatefulSet for a {@code stateful} tier, governed by the headless Service of the same
 * name ({@link ServiceCompiler}). Stateful tiers are never autoscaled (a semantic rule refuses it),
 * so the count is always the spec's. Its {@code storage} becomes volume claim templates
 * ({@link VolumeCompiler}).
 */
final class StatefulSetCompiler {
  private StatefulSetCompiler() {}

  static StatefulSet compile(TierIdentity id, Tier tier, Map<String, NodePool> pools,
      TierScale scale) {
    StatefulSetSpec spec = new StatefulSetSpec();
    spec.setServiceName(id.name());
    spec.setReplicas(tier.autoscaled() ? null : tier.replicas());
    spec.setSelector(id.labelSelector());
    spec.setUpdateStrategy(RolloutCompiler.statefulSet(tier.pod().rollout()));
    spec.setTemplate(PodTemplateCompiler.compile(id, tier, pools, scale));
    spec.setVolumeClaimTemplates(VolumeCompiler.claimTemplates(tier));
    spec.setPersistentVolumeClaimRetentionPolicy(VolumeCompiler.retention(tier));
    StatefulSet statefulSet = new StatefulSet();
    statefulSet.setMetadata(id.objectMeta());
    statefulSet.setSpec(spec);
    return statefulSet;
  }
}
