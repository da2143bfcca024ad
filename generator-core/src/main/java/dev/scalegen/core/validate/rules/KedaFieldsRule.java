package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;

/**
 * {@code SG283}: a KEDA field ({@code triggers}, {@code pollingInterval}, {@code cooldownPeriod},
 * {@code fallback}) on a tier whose engine is the plain HPA, where nothing would read it: the tier
 * would scale on cpu/memory only and silently ignore its queue. Located at the field's key.
 */
public final class KedaFieldsRule implements Rule {

  static final List<String> FIELDS = List.of("triggers", "pollingInterval", "cooldownPeriod", "fallback");

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.autoscaling() == null || tier.autoscaling().usesKeda()) {
        continue;
      }
      String at = Pointers.tier(tier.name()) + "/autoscaling/";
      for (String field : FIELDS) {
        if (report.has(at + field)) {
          report.key(Code.KEDA_FIELD_WITHOUT_ENGINE, at + field,
              "`autoscaling." + field + "` of tier `" + tier.name() + "` is a KEDA field, but the tier's engine is"
                  + " the plain HPA, which ignores it",
              "add `engine: keda` to the tier's `autoscaling` (KEDA must run in the cluster, docs/keda.md),"
                  + " or remove `" + field + "`");
        }
      }
    }
  }
}
