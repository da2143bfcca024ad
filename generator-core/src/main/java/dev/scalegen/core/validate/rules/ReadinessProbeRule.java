package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * An autoscaled tier without a readiness probe is a warning ({@code SG255}), at its
 * {@code autoscaling}. A pod without one counts as ready as soon as its container starts: new
 * pods get traffic before the application can answer, and the HPA counts pods that are still
 * starting (it ignores the CPU of pods that are not yet ready, which a readiness probe provides).
 * (Not for a stateful tier: its autoscaling is an error, SG219; nor for a KEDA tier that scales on
 * queues only and has no port.)
 */
public final class ReadinessProbeRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      if (tier.autoscaled() && !tier.stateful() && tier.pod().probes().readiness() == null && !queueOnly(tier)) {
        report.key(Code.NO_READINESS_PROBE, Pointers.tier(tier.name()) + "/autoscaling",
            "autoscaled tier `" + tier.name() + "` has no `probes.readiness`, so new pods get traffic, and count for "
                + "the HPA, before they can answer",
            "add `probes: { readiness: { http: /ready } }` (or `tcp: <port>`, `exec: [...]`)");
      }
    }
  }

  /**
   * A KEDA tier that scales on queues only and serves no port, such as a Celery worker: it gets no
   * traffic, and a queue's length is divided by all its pods, ready or not.
   */
  private static boolean queueOnly(Tier tier) {
    return tier.autoscaling().usesKeda() && tier.autoscaling().cpu() == null && tier.autoscaling().memory() == null
        && tier.port() == null;
  }
}
