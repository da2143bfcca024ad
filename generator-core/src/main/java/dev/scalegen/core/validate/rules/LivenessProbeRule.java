package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Probe;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A liveness probe that repeats the readiness probe, on a slow-starting tier without a startup
 * probe, is a warning ({@code SG256}), at {@code probes.liveness}. Precisely, all of:
 *
 * <ul>
 *   <li>{@code liveness} has the same action as {@code readiness}: the same {@code http} path on
 *       the same port, the same {@code tcp} port, the same {@code grpc} port and {@code service},
 *       or the same {@code exec} command (timings and HTTP {@code headers} are not compared);
 *   <li>there is no {@code startup} probe;
 *   <li>the tier starts slowly: it has {@code workers} (each worker process loads the application
 *       before the pod answers), or its readiness or liveness probe sets
 *       {@code initialDelaySeconds} of {@value #SLOW_START_SECONDS} or more (the spec's own word
 *       that start-up takes a while).
 * </ul>
 *
 * Then a pod that is slow to start, or too busy to answer, fails both probes together: the kubelet
 * restarts it instead of only taking it out of the Service, and restarts under load cascade.
 */
public final class LivenessProbeRule implements Rule {

  static final int SLOW_START_SECONDS = 10;

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      Probe.Probes p = tier.pod().probes();
      if (p.liveness() == null || p.startup() != null || !p.liveness().sameAction(p.readiness(), tier.port())) {
        continue;
      }
      String why = tier.workers() != null ? "it starts " + tier.workers().count() + " worker processes"
          : slow(p.readiness()) || slow(p.liveness()) ? "a probe waits `initialDelaySeconds` of "
              + SLOW_START_SECONDS + " or more" : null;
      if (why != null) {
        report.key(Code.LIVENESS_AS_READINESS, Pointers.tier(tier.name()) + "/probes/liveness",
            "`probes.liveness` of tier `" + tier.name() + "` repeats its readiness probe, with no startup probe, "
                + "and the tier starts slowly (" + why + "): a pod that is slow or busy is restarted, not just "
                + "taken out of the Service",
            "add `probes.startup` (e.g. the same check with `failureThreshold: 30`), and give liveness a cheaper "
                + "check that fails only when the process is stuck");
      }
    }
  }

  private static boolean slow(Probe p) {
    return p != null && p.initialDelaySeconds() != null && p.initialDelaySeconds() >= SLOW_START_SECONDS;
  }
}
