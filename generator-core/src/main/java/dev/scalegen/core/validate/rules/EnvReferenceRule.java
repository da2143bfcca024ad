package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.EnvSource;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;

/**
 * A reference in {@code env} or {@code envFrom} names exactly one of {@code secret} and
 * {@code configMap} ({@code SG258}, at the reference): with both, which one the value comes from
 * would be a guess; with neither, there is nothing to read.
 */
public final class EnvReferenceRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      String at = Pointers.tier(tier.name());
      tier.pod().envRefs().forEach((name, ref) ->
          check(tier, ref, "env." + name, SourceMap.child(at + "/env", name), report));
      List<EnvSource> from = tier.pod().envFrom();
      for (int i = 0; i < from.size(); i++) {
        check(tier, from.get(i), "envFrom[" + i + "]", at + "/envFrom/" + i, report);
      }
    }
  }

  private static void check(Tier tier, EnvSource ref, String field, String pointer, Reporter report) {
    if (ref.sources() != 1) {
      report.value(Code.ENV_REFERENCE_FORM, pointer, "`" + field + "` of tier `" + tier.name() + "` names "
              + (ref.sources() == 0 ? "neither `secret` nor `configMap`" : "both `secret` and `configMap`")
              + "; a reference reads exactly one of them",
          "name exactly one, e.g. `{ secret: " + tier.name() + "-env" + (field.startsWith("env.") ? ", key: <key>" : "")
              + " }`");
    }
  }
}
