package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import java.util.Optional;

/**
 * A policy/v1 PodDisruptionBudget (rule 7) that can never block a node drain: {@code maxUnavailable: 1}
 * whenever the tier may run more than one pod ({@link TierScale#mayExceedOne}: HPA maximum or fixed
 * count above 1, schedules included), however low its minimum. The disruption controller allows
 * {@code healthy - (expected - 1)} evictions, where {@code expected} is the workload's current
 * scale: at 1 pod that is 1 (the pod may go), at 0 pods there is nothing to evict, and at 6 or 30
 * pods a drain takes them one at a time. A tier that never runs more than one pod gets none: one
 * pod at a time is all a drain can take of it anyway. (The brief's rule 7 once dropped the budget
 * whenever the lowest minimum was 1 or less, which left an HPA tier with {@code min: 1, max: 30}
 * unprotected at 30 pods.) From Kubernetes 1.27 (where the field is on by default; GA in 1.31) it also sets
 * {@code unhealthyPodEvictionPolicy: AlwaysAllow}: otherwise pods that run but are not ready
 * (crash-looping, failing probes) count against the budget, and two of them block every eviction.
 * A KEDA tier that can be at zero pods ({@link TierScale#mayBeAtZero}) gets none either: it is made
 * to lose every pod and resume from its queue, and a budget would only slow a drain down.
 */
final class PdbCompiler {
  private PdbCompiler() {}

  /** The first minor version whose API servers honour {@code unhealthyPodEvictionPolicy} by default. */
  static final int UNHEALTHY_POD_EVICTION_POLICY_MINOR = 27;

  static Optional<PodDisruptionBudget> compile(TierIdentity id, Tier tier, TierScale scale,
      Options options) {
    if (!scale.mayExceedOne(tier) || scale.mayBeAtZero(tier)) {
      return Optional.empty();
    }
    PodDisruptionBudgetSpec spec = new PodDisruptionBudgetSpec();
    spec.setMaxUnavailable(new IntOrString(1));
    spec.setSelector(id.labelSelector());
    spec.setUnhealthyPodEvictionPolicy(
        options.kubernetesAtLeast(UNHEALTHY_POD_EVICTION_POLICY_MINOR) ? "AlwaysAllow" : null);
    PodDisruptionBudget pdb = new PodDisruptionBudget();
    pdb.setMetadata(id.objectMeta());
    pdb.setSpec(spec);
    return Optional.of(pdb);
  }
}
