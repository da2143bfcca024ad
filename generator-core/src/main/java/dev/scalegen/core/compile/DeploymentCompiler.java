package dev.scalegen.core.compile;

import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.util.Map;

/**
 * An apps/v1 Deployment for a stateless tier. Rule 1: when an HPA manages the tier, the Deployment
 * has no {@code spec.replicas} at all, so that applying it again (a GitOps sync) never fights the
 * HPA; a fixed tier gets its count. The rolling update strategy is always explicit
 * ({@link RolloutCompiler}).
 *
 * <p>The compilers of this package fill fabric8 model objects through their setters rather than
 * their builders: a builder copies every nested object it is given (twice, with {@code build()}),
 * which made a pod template cost more than everything else in compiling a tier.
 */
final class DeploymentCompiler {
  private DeploymentCompiler() {}

  static Deployment compile(TierIdentity id, Tier tier, Map<String, NodePool> pools,
      TierScale scale) {
    DeploymentSpec spec = new DeploymentSpec();
    spec.setReplicas(tier.autoscaled() ? null : tier.replicas());
    spec.setSelector(id.labelSelector());
    spec.setStrategy(RolloutCompiler.deployment(tier.pod().rollout()));
    spec.setTemplate(PodTemplateCompiler.compile(id, tier, pools, scale));
    Deployment deployment = new Deployment();
    deployment.setMetadata(id.objectMeta());
    deployment.setSpec(spec);
    return deployment;
  }
}
