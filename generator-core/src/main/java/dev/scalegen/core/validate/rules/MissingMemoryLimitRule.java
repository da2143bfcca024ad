package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A tier whose container has no memory limit ({@code SG244}, warning): a pod that leaks or grows
 * may take all of its node's memory, and the kernel's out-of-memory killer then ends processes of
 * other pods as well. Every kind of tier is checked; for a stateful store the hint says to keep the
 * store's own cap below the limit. No CPU limit is asked for: CPU is throttled, not exhausted, and
 * a limit mostly adds latency. Scenarios can only add resources, so the baseline is checked.
 */
public final class MissingMemoryLimitRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      if (tier.resources() != null && tier.resources().limitsOrEmpty().memory() != null) {
        continue;
      }
      String at = Pointers.tier(tier.name());
      String pointer = report.has(at + "/resources/limits") ? at + "/resources/limits"
          : report.has(at + "/resources") ? at + "/resources" : at;
      String request = tier.resources() == null ? null : tier.resources().requestsOrEmpty().memory();
      report.key(Code.NO_MEMORY_LIMIT, pointer,
          "tier `" + tier.name() + "` has no `resources.limits.memory`: a pod that leaks or grows can take all of"
              + " its node's memory, and the out-of-memory killer then ends other pods' processes too",
          "set `resources.limits.memory`" + (request != null ? " (e.g. `" + request + "`, the request, so that"
              + " a pod never runs on memory it was not promised)" : ", e.g. `limits: { memory: 512Mi }`")
              + (tier.stateful() ? "; keep the store's own memory cap below it (Redis `maxmemory`)" : ""));
    }
  }
}
