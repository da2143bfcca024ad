package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A pool with {@code preset: custom} has no provider label to select its nodes, so it needs a
 * {@code nodeLabel} ({@code SG223}); without one its tiers could not be placed on it.
 */
public final class CustomPoolRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (NodePool pool : spec.nodePools().values()) {
      String at = "/nodePools/" + SourceMap.escape(pool.name());
      if (!"custom".equals(pool.preset()) || report.has(at + "/nodeLabel")) {
        continue;
      }
      report.value(Code.CUSTOM_POOL_INCOMPLETE, at + "/preset",
          "node pool `" + pool.name() + "` has `preset: custom` but no `nodeLabel`, so nothing selects its nodes",
          "add the label that the pool's nodes carry, e.g. `nodeLabel: {key: node.example.com/pool, value: "
              + pool.name() + "}`");
    }
  }
}
