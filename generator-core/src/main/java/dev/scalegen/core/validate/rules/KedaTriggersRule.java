package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * What drives a KEDA tier. No trigger at all, neither a queue nor {@code cpu}/{@code memory}
 * ({@code SG284}, an error: KEDA's CRD refuses a ScaledObject without triggers). Only
 * {@code cpu}/{@code memory} ({@code SG288}, a warning: KEDA then only creates the HPA that the
 * {@code hpa} engine writes directly, with one more component in the path). A {@code fallback} with
 * no queue trigger ({@code SG285}: KEDA's webhook refuses it, since cpu and memory never fail over).
 * A {@code fallback} above {@code max} ({@code SG289}: the HPA caps it at {@code max}).
 */
public final class KedaTriggersRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      Autoscaling a = tier.autoscaling();
      if (a == null || !a.usesKeda()) {
        continue;
      }
      String at = Pointers.tier(tier.name()) + "/autoscaling";
      boolean resource = a.cpu() != null || a.memory() != null;
      if (!a.keda().hasQueueTrigger() && !resource) {
        report.key(Code.KEDA_WITHOUT_TRIGGER, at,
            "tier `" + tier.name() + "` has `engine: keda` but no trigger: neither `autoscaling.triggers` nor"
                + " `cpu`/`memory`",
            "add a queue under `triggers`, e.g. `triggers: [{ type: redis-list, address: redis:6379, list: celery,"
                + " target: 10 }]`");
      } else if (!a.keda().hasQueueTrigger()) {
        report.key(Code.KEDA_RESOURCE_TRIGGERS_ONLY, at + "/engine",
            "tier `" + tier.name() + "` has `engine: keda` but scales on cpu/memory only, which the plain HPA does"
                + " without KEDA",
            "add the queue the tier works off under `triggers`, or remove `engine: keda`");
      }
      if (a.keda().fallback() != null && !a.keda().hasQueueTrigger()) {
        report.key(Code.FALLBACK_WITHOUT_QUEUE, at + "/fallback",
            "`autoscaling.fallback` of tier `" + tier.name() + "` needs a queue trigger; cpu and memory triggers"
                + " have no fallback, and KEDA refuses the ScaledObject",
            "add a queue trigger under `triggers`, or remove `fallback`");
      }
      Integer replicas = a.keda().fallback() == null ? null : a.keda().fallback().replicas();
      if (replicas != null && a.max() != null && replicas > a.max()) {
        report.value(Code.FALLBACK_ABOVE_MAX, at + "/fallback/replicas",
            "`autoscaling.fallback.replicas` (" + replicas + ") of tier `" + tier.name() + "` is above `max` ("
                + a.max() + "); the HPA that KEDA drives holds the tier at " + a.max() + " instead",
            "use a fallback of at most " + a.max());
      }
    }
  }
}
