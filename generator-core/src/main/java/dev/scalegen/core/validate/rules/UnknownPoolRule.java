package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/** {@code placement.pool} names a pool declared under {@code nodePools} ({@code SG216}). */
public final class UnknownPoolRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    // Prepared once: a spec may misspell a thousand references to a thousand pools.
    DidYouMean pools = DidYouMean.among(spec.nodePools().keySet());
    for (Tier tier : spec.tiers().values()) {
      String pool = tier.placement() == null ? null : tier.placement().pool();
      if (pool == null || report.has("/nodePools/" + SourceMap.escape(pool))) {
        continue;
      }
      report.value(Code.UNKNOWN_POOL, Pointers.tier(tier.name()) + "/placement/pool",
          "`placement.pool` (" + pool + ") of tier `" + tier.name() + "` names no pool declared under `nodePools`",
          hint(pool, pools, spec));
    }
  }

  private static String hint(String pool, DidYouMean pools, ScalingSpec spec) {
    String didYouMean = pools.hint(pool);
    if (!didYouMean.isEmpty()) {
      return didYouMean;
    }
    if (spec.nodePools().isEmpty()) {
      return "declare it under `nodePools`, e.g. `" + pool + ": {preset: karpenter-spot}`";
    }
    return "the pools are "
        + DidYouMean.names(spec.nodePools().keySet())
        + "; or declare `" + pool + "` under `nodePools`";
  }
}
