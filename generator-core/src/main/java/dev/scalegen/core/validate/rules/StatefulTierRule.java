package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * More pods of a stateful store are independent copies, not a cluster: a stateful tier is never
 * autoscaled ({@code SG219}, baseline or scenario), and more than one replica is worth a warning
 * ({@code SG220}, baseline, scenarios and schedules). And a store writes: a stateful tier that keeps
 * scalegen's default read-only root file system, with no volume mounted ({@code storage}), is a
 * warning ({@code SG235}) until it mounts one or sets {@code readOnlyRootFilesystem} either way.
 */
public final class StatefulTierRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (!tier.stateful()) {
        continue;
      }
      String at = Pointers.tier(tier.name());
      boolean autoscaling = report.has(at + "/autoscaling");
      if (autoscaling) {
        report.key(Code.STATEFUL_AUTOSCALING, at + "/autoscaling",
            "stateful tier `" + tier.name() + "` sets `autoscaling`; more replicas of a stateful store are "
                + "independent copies, not a cluster",
            "remove `autoscaling` and set `replicas: 1`; scale the store with its own clustering (an operator or chart)");
      }
      replicas(tier.replicas(), at + "/replicas", tier.name(), "", report);
      if (!tier.adopted() && !tier.pod().mountsVolumes()
          && (tier.securityContext() == null || tier.securityContext().readOnlyRootFilesystem() == null)) {
        report.value(Code.STATEFUL_READ_ONLY, at + "/stateful",
            "stateful tier `" + tier.name() + "` gets scalegen's default read-only root file system, and no volume: "
                + "a store that writes to disk (Redis's snapshots, a database's files) fails",
            "mount a volume where it writes, e.g. `storage: { data: { size: 10Gi, mountPath: /data } }`; if it "
                + "keeps everything in memory, set `securityContext: { readOnlyRootFilesystem: true }` to say so");
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || !tier.stateful()) {
          return;
        }
        String at = Pointers.scenarioTier(scenario.name(), name);
        if (report.has(at + "/autoscaling") && !report.has(Pointers.tier(name) + "/autoscaling")) {
          report.key(Code.STATEFUL_AUTOSCALING, at + "/autoscaling",
              "scenario `" + scenario.name() + "` gives stateful tier `" + name + "` `autoscaling`; more replicas "
                  + "of a stateful store are independent copies, not a cluster",
              "remove `autoscaling` from the scenario; scale the store with its own clustering (an operator or chart)");
        }
        replicas(override.replicas(), at + "/replicas", name, " in scenario `" + scenario.name() + "`", report);
      });
    }
    for (Schedule schedule : spec.schedules().values()) {
      schedule.set().forEach((name, values) -> {
        Tier tier = spec.tiers().get(name);
        if (tier != null && tier.stateful()) {
          replicas(values.replicas(), Pointers.scheduleTier(schedule.name(), name) + "/replicas", name,
              " in schedule `" + schedule.name() + "`", report);
        }
      });
    }
  }

  private static void replicas(Integer replicas, String pointer, String tier, String where, Reporter report) {
    if (replicas == null || replicas <= 1) {
      return;
    }
    report.value(Code.STATEFUL_REPLICAS, pointer,
        "stateful tier `" + tier + "` has `replicas: " + replicas + "`" + where
            + "; the replicas are independent copies of the store, not a replicated cluster",
        "keep `replicas: 1`; for a replicated store (e.g. Redis cluster mode) use its operator or Helm chart");
  }
}
