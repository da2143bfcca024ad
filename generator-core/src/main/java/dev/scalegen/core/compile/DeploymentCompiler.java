package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.Map;

/**
 * An apps/v1 Deployment for a stateless tier. Rule 1: when an HPA manages the tier, the Deployment
 * has no {@code spec.replicas} at all, so that applying it again (a GitOps sync) never fights the
 * HPA; a fixed tier gets its count.
 */
final class DeploymentCompiler {
  private DeploymentCompiler() {}

  static Deployment compile(TierIdentity id, Tier tier, Map<String, NodePool> pools) {
    return new DeploymentBuilder()
        .withMetadata(id.objectMeta())
        .withNewSpec()
        .withReplicas(tier.autoscaled() ? null : tier.replicas())
        .withSelector(id.labelSelector())
        .withTemplate(PodTemplateCompiler.compile(id, tier, pools))
        .endSpec()
        .build();
  }
}
