package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.simulate.LoadFile;
import dev.scalegen.core.simulate.LoadShape;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Promise;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A scenario's promises ({@code scenarios.<s>.expect.<tier>}) that no simulation can check: a tier
 * the spec does not have ({@code SG208}), a tier with fixed replicas ({@code SG606}), a load that
 * is neither a shape nor a {@code .csv} file ({@code SG601}), a load in cores on a tier without a
 * CPU target ({@code SG608}), a promise of nothing ({@code SG609}), and a count outside the scenario's bounds ({@code SG607}: {@code reaches}
 * above {@code max} is broken before any load, {@code neverAbove} below {@code min} too). Load files
 * are read by {@code check}, not here.
 */
public final class PromiseRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    DidYouMean tiers = null;  // prepared once, for the first promise about a tier the spec does not have
    for (Scenario scenario : spec.scenarios().values()) {
      if (scenario.expect().isEmpty()) {
        continue;
      }
      ScalingSpec effective = ScenarioResolver.effectiveSpec(spec, scenario.name());
      for (Promise p : scenario.expect().values()) {
        String at = "/scenarios/" + SourceMap.escape(scenario.name()) + "/expect/" + SourceMap.escape(p.tier());
        String where = " in scenario `" + scenario.name() + "`";
        Tier base = spec.tiers().get(p.tier());
        if (base == null) {
          tiers = tiers == null ? DidYouMean.among(spec.tiers().keySet()) : tiers;
          report.key(Code.UNKNOWN_TIER, at, "`expect` names tier `" + p.tier() + "`" + where
              + ", which the spec does not have", hint(p.tier(), tiers, spec));
          continue;
        }
        if (!base.autoscaled()) {
          report.key(Code.PROMISE_ON_FIXED_TIER, at, "`expect." + p.tier() + "`" + where + " is a promise about a tier"
              + " with fixed `replicas`, which no load changes", "promise only what an HPA decides: give the tier"
              + " `autoscaling`, or remove the promise");
          continue;
        }
        if (base.autoscaling().usesKeda()) {
          report.key(Code.PROMISE_ON_FIXED_TIER, at, "`expect." + p.tier() + "`" + where + " is a promise about a tier"
              + " that KEDA scales on its triggers, which the simulation does not model", "promise only what an HPA on"
              + " CPU or memory decides (docs/simulate.md), or remove the promise");
          continue;
        }
        if (p.reaches() == null && p.neverAbove() == null) {
          report.key(Code.EMPTY_PROMISE, at, "`expect." + p.tier() + "`" + where + " promises nothing: it has neither"
              + " `reaches` nor `neverAbove`", "add `reaches: N` with `within: T` (N ready pods T after the load's"
              + " change), `neverAbove: N`, or both");
        }
        Autoscaling a = effective.tiers().get(p.tier()).autoscaling();
        load(p, a, at, where, report);
        if (!unread(report, spec, scenario, p.tier())) {
          bounds(p, a, at, where, report);
        }
      }
    }
  }

  /**
   * The nearest tiers, or the first few of them: the hint of every misspelt promise once listed all
   * the spec's tiers, so a thousand of them among a thousand tiers printed a million names (issue 19).
   */
  private static String hint(String tier, DidYouMean tiers, ScalingSpec spec) {
    String didYouMean = tiers.hint(tier);
    return !didYouMean.isEmpty() ? didYouMean
        : "name one of the spec's tiers: " + DidYouMean.names(spec.tiers().keySet());
  }

  private static void load(Promise p, Autoscaling a, String at, String where, Reporter report) {
    if (p.load() == null || LoadFile.isFile(p.load())) {
      return;
    }
    LoadShape.Parsed parsed = LoadShape.parse(p.load());
    if (parsed.shape() == null) {
      report.value(Code.UNKNOWN_LOAD, at + "/load", "`load` `" + p.load() + "`" + where + " " + parsed.problem(),
          "use one of " + LoadShape.FORMS + ", or a CSV file relative to the spec (`traces/" + p.tier() + ".csv`)");
    } else if (!parsed.shape().multiples() && a.cpu() == null) {
      report.value(Code.LOAD_WITHOUT_TARGET, at + "/load", "`load` `" + p.load() + "`" + where + " gives CPU cores,"
          + " and tier `" + p.tier() + "` has no `autoscaling.cpu` target to turn them into utilization",
          "write the levels as multiples of the base traffic (`step:1x..10x@1m`), or give the tier a CPU target");
    }
  }

  /** Whether a bound of the tier is written but was not read (out of range: the schema reports it). */
  private static boolean unread(Reporter report, ScalingSpec spec, Scenario scenario, String tier) {
    Autoscaling base = spec.tiers().get(tier).autoscaling();
    Scenario.TierOverride o = scenario.tiers().get(tier);
    Autoscaling own = o == null ? null : o.autoscaling();
    String b = Pointers.tier(tier) + "/autoscaling/";
    String s = Pointers.scenarioTier(scenario.name(), tier) + "/autoscaling/";
    return report.has(b + "min") && base.min() == null || report.has(b + "max") && base.max() == null
        || report.has(s + "min") && (own == null || own.min() == null)
        || report.has(s + "max") && (own == null || own.max() == null);
  }

  private static void bounds(Promise p, Autoscaling a, String at, String where, Reporter report) {
    if (p.reaches() != null && a.max() != null && p.reaches() > a.max()) {
      report.value(Code.PROMISE_OUTSIDE_BOUNDS, at + "/reaches", "`reaches` is " + p.reaches() + where
          + ", above the tier's `autoscaling.max` of " + a.max() + " there", "raise `max` to at least " + p.reaches()
          + " in the scenario, or promise at most " + a.max());
    }
    if (p.neverAbove() != null && a.min() != null && p.neverAbove() < a.min()) {
      report.value(Code.PROMISE_OUTSIDE_BOUNDS, at + "/neverAbove", "`neverAbove` is " + p.neverAbove() + where
          + ", below the tier's `autoscaling.min` of " + a.min() + " there", "promise at least " + a.min()
          + ", or lower `min` in the scenario");
    }
  }
}
