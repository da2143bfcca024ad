package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;

/**
 * {@code SG264}, warning, at {@code zoneSpread}: a tier with a zone spread that may run a single
 * pod in some set: at its HPA minimum, its fixed count, or a schedule's value (a night window down
 * to 1), in the baseline or in a scenario. One pod is in one zone, whatever the spread says: an
 * outage of that zone stops the tier until a pod is started elsewhere. Reported once per tier, for
 * the first set where it happens. Fewer pods than zones is not reported: two pods in two of three
 * zones survive the loss of any one zone.
 */
public final class ZoneSpreadRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    List<TierCounts.Set> sets = null;
    for (Tier base : spec.tiers().values()) {
      if (base.pod().zoneSpread() == null) {
        continue;
      }
      sets = sets == null ? TierCounts.sets(spec) : sets;
      for (TierCounts.Set set : sets) {
        Tier tier = set.effective().tiers().get(base.name());
        TierCounts counts = set.counts(tier);
        if (counts.lowest() == 1) {
          report.key(Code.ZONE_SPREAD_SINGLE_POD, Pointers.tier(tier.name()) + "/zoneSpread", "tier `" + tier.name()
                  + "` has a `zoneSpread` but may run a single pod (" + counts.lowestFrom() + set.suffix()
                  + "), which one zone outage stops",
              "keep at least 2 pods (3 for one pod in each of three zones) in `autoscaling.min`, `replicas` and "
                  + "the schedules, or remove `zoneSpread`");
          break;
        }
      }
    }
  }
}
