package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A tier is scaled one way: a fixed {@code replicas} count or {@code autoscaling}, never both
 * ({@code SG203}: the Deployment's {@code spec.replicas} would fight the HPA on every GitOps sync),
 * never neither ({@code SG204}: no silent default of one pod).
 */
public final class ReplicasOrAutoscalingRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      String at = Pointers.tier(tier.name());
      boolean hasReplicas = report.has(at + "/replicas");
      boolean hasAutoscaling = report.has(at + "/autoscaling");
      if (hasReplicas && hasAutoscaling) {
        report.key(Code.REPLICAS_AND_AUTOSCALING, at + "/replicas",
            "tier `" + tier.name() + "` sets both `replicas` and `autoscaling`; the HPA would fight a fixed replica count",
            "remove `replicas`: the HPA owns the replica count between `autoscaling.min` and `max`");
      } else if (!hasReplicas && !hasAutoscaling && !tier.stateful()) {
        report.key(Code.NO_SCALE, at,
            "tier `" + tier.name() + "` sets neither `replicas` nor `autoscaling`",
            "add `replicas: N` for a fixed size, or `autoscaling: {min: N, max: M, cpu: 70%}`");
      } else if (!hasReplicas && !hasAutoscaling) {
        report.key(Code.NO_SCALE, at,
            "stateful tier `" + tier.name() + "` does not set `replicas`",
            "add `replicas: 1`");
      }
    }
  }
}
