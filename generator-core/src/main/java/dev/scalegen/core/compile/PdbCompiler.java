package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.Collection;
import java.util.Optional;

/**
 * A policy/v1 PodDisruptionBudget (rule 7) that can never block a node drain: {@code maxUnavailable: 1}
 * when the tier's lowest minimum (HPA minimum or fixed count, lowered by schedules) is at least 2;
 * no PDB at all when it is 1 or less, since any budget on a single pod either blocks drains or
 * protects nothing.
 */
final class PdbCompiler {
  private PdbCompiler() {}

  static Optional<PodDisruptionBudget> compile(TierIdentity id, Tier tier, Collection<Schedule> schedules) {
    if (TierScale.lowestMinimum(tier, schedules) < 2) {
      return Optional.empty();
    }
    return Optional.of(new PodDisruptionBudgetBuilder()
        .withMetadata(id.objectMeta())
        .withNewSpec()
        .withMaxUnavailable(new IntOrString(1))
        .withSelector(id.labelSelector())
        .endSpec()
        .build());
  }
}
