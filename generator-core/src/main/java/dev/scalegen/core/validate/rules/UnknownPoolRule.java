package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.stream.Collectors;

/** {@code placement.pool} names a pool declared under {@code nodePools} ({@code SG216}). */
public final class UnknownPoolRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      String pool = tier.placement() == null ? null : tier.placement().pool();
      if (pool == null || report.has("/nodePools/" + SourceMap.escape(pool))) {
        continue;
      }
      report.value(Code.UNKNOWN_POOL, Pointers.tier(tier.name()) + "/placement/pool",
          "`placement.pool` (" + pool + ") of tier `" + tier.name() + "` names no pool declared under `nodePools`",
          hint(pool, spec));
    }
  }

  private static String hint(String pool, ScalingSpec spec) {
    String didYouMean = DidYouMean.hint(pool, spec.nodePools().keySet());
    if (!didYouMean.isEmpty()) {
      return didYouMean;
    }
    if (spec.nodePools().isEmpty()) {
      return "declare it under `nodePools`, e.g. `" + pool + ": {preset: karpenter-spot}`";
    }
    return "the pools are "
        + spec.nodePools().keySet().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))
        + "; or declare `" + pool + "` under `nodePools`";
  }
}
