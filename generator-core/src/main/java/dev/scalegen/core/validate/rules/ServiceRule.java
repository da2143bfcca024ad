package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * {@code service} of a tier, where it cannot do what it says ({@code SG250}): on a tier without
 * {@code port} there is nothing to expose (no Service is made); and a stateful tier cannot opt out
 * with {@code enabled: false}, since its StatefulSet needs its headless Service for its pods' names.
 */
public final class ServiceRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      String at = Pointers.tier(tier.name()) + "/service";
      if (!report.has(at)) {
        continue;
      }
      if (tier.port() == null) {
        report.key(Code.FIELD_NOT_FOR_TIER, at, "`service` on tier `" + tier.name() + "`, which has no `port`; "
            + "scalegen makes a Service only for a tier that declares the port it listens on",
            "set `port` on the tier, or remove `service`");
      } else if (tier.stateful() && !tier.pod().service().enabledOrDefault()) {
        report.value(Code.FIELD_NOT_FOR_TIER, at + "/enabled", "`service.enabled: false` on stateful tier `"
                + tier.name() + "`; its StatefulSet needs its headless Service for the stable names of its pods",
            "remove `enabled: false`");
      }
    }
  }
}
