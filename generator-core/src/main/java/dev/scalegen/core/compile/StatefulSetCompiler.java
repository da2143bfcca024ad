package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.Map;

/**
 * An apps/v1 StatefulSet for a {@code stateful} tier, governed by the headless Service of the same
 * name ({@link ServiceCompiler}). Stateful tiers are never autoscaled (a semantic rule refuses it),
 * so the count is always the spec's.
 */
final class StatefulSetCompiler {
  private StatefulSetCompiler() {}

  static StatefulSet compile(TierIdentity id, Tier tier, Map<String, NodePool> pools) {
    return new StatefulSetBuilder()
        .withMetadata(id.objectMeta())
        .withNewSpec()
        .withServiceName(id.name())
        .withReplicas(tier.autoscaled() ? null : tier.replicas())
        .withSelector(id.labelSelector())
        .withTemplate(PodTemplateCompiler.compile(id, tier, pools))
        .endSpec()
        .build();
  }
}
