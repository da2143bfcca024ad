package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import java.util.Collection;
import java.util.Optional;

/**
 * A policy/v1 PodDisruptionBudget (rule 7) that can never block a node drain: {@code maxUnavailable: 1}
 * when the tier's lowest minimum (HPA minimum or fixed count, lowered by schedules) is at least 2;
 * no PDB at all when it is 1 or less, since any budget on a single pod either blocks drains or
 * protects nothing. From Kubernetes 1.27 (where the field is on by default; GA in 1.31) it also sets
 * {@code unhealthyPodEvictionPolicy: AlwaysAllow}: otherwise pods that run but are not ready
 * (crash-looping, failing probes) count against the budget, and two of them block every eviction.
 */
final class PdbCompiler {
  private PdbCompiler() {}

  /** The first minor version whose API servers honour {@code unhealthyPodEvictionPolicy} by default. */
  static final int UNHEALTHY_POD_EVICTION_POLICY_MINOR = 27;

  static Optional<PodDisruptionBudget> compile(TierIdentity id, Tier tier, Collection<Schedule> schedules,
      Options options) {
    if (TierScale.lowestMinimum(tier, schedules) < 2) {
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
