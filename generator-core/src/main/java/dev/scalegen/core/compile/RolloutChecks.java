package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Rollout;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of {@code rollout} and {@code zoneSpread} that depend on the target Kubernetes version,
 * reported by {@link dev.scalegen.core.Generator#generate} ({@code SG263}, error): fields that the
 * API server of an older version drops without a word, because their feature gate is off there.
 *
 * <ul>
 *   <li>A StatefulSet's {@code rollingUpdate.maxUnavailable}: alpha from 1.24 (off), beta and on by
 *       default from {@value #STATEFUL_MAX_UNAVAILABLE_TEXT}. Before, the StatefulSet would still
 *       replace one pod at a time. Checked on the tier and on every scenario's override of it.
 *   <li>{@code zoneSpread.minDomains}: on by default (beta) from 1.27, stable in 1.30.
 * </ul>
 */
public final class RolloutChecks {

  static final int STATEFUL_MAX_UNAVAILABLE_MINOR = 35;
  static final String STATEFUL_MAX_UNAVAILABLE_TEXT = "1.35";

  private RolloutChecks() {}

  public static List<Diagnostic> check(ScalingSpec spec, Options options) {
    List<Diagnostic> problems = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      String at = SourceMap.child("/tiers", tier.name());
      if (tier.stateful() && !options.kubernetesAtLeast(STATEFUL_MAX_UNAVAILABLE_MINOR)) {
        statefulMaxUnavailable(spec, tier, tier.pod().rollout(), at, options, problems);
        for (Scenario scenario : spec.scenarios().values()) {
          Scenario.TierOverride o = scenario.tiers().get(tier.name());
          if (o != null && o.rollout() != null) {
            String over = SourceMap.child(SourceMap.child("/scenarios", scenario.name()) + "/tiers", tier.name());
            statefulMaxUnavailable(spec, tier, o.rollout(), over, options, problems);
          }
        }
      }
      if (tier.pod().zoneSpread() != null && tier.pod().zoneSpread().minDomains() != null
          && !options.kubernetesAtLeast(ZoneSpreadCompiler.MATCH_LABEL_KEYS_MINOR)) {
        problems.add(Diagnostic.of(Code.FIELD_NEEDS_NEWER_KUBERNETES,
            spec.source().keyAt(at + "/zoneSpread/minDomains"),
            "tier `" + tier.name() + "` sets `zoneSpread.minDomains`, but the target Kubernetes "
                + options.kubernetesVersion() + " drops it (it needs " + ZoneSpreadCompiler.MATCH_LABEL_KEYS_MINOR_TEXT
                + ", where the `MinDomainsInPodTopologySpread` feature is on by default)",
            "target Kubernetes " + ZoneSpreadCompiler.MATCH_LABEL_KEYS_MINOR_TEXT
                + " or later (`--kubernetes-version`), or remove `minDomains`"));
      }
    }
    return problems;
  }

  private static void statefulMaxUnavailable(ScalingSpec spec, Tier tier, Rollout rollout, String at, Options options,
      List<Diagnostic> problems) {
    if (rollout.maxUnavailable() == null) {
      return;
    }
    problems.add(Diagnostic.of(Code.FIELD_NEEDS_NEWER_KUBERNETES, spec.source().keyAt(at + "/rollout/maxUnavailable"),
        "stateful tier `" + tier.name() + "` sets `rollout.maxUnavailable`, but the target Kubernetes "
            + options.kubernetesVersion() + " drops a StatefulSet's `maxUnavailable` and replaces one pod at a time "
            + "(it needs " + STATEFUL_MAX_UNAVAILABLE_TEXT + ", where `MaxUnavailableStatefulSet` is on by default)",
        "target Kubernetes " + STATEFUL_MAX_UNAVAILABLE_TEXT + " or later (`--kubernetes-version`), or remove "
            + "`rollout.maxUnavailable`"));
  }
}
