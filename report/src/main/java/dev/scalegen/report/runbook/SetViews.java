package dev.scalegen.report.runbook;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.report.runbook.RunbookModel.CapacityRow;
import dev.scalegen.report.runbook.RunbookModel.SetView;
import dev.scalegen.report.runbook.RunbookModel.TierView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sets of a spec for the runbook: each set's folder, what a scenario changes against the
 * baseline (compared on the generated objects), the schedules it runs, and what switching leaves
 * behind: {@code kubectl apply -k} creates and updates but never deletes, so the objects the
 * baseline has and a scenario has not (its night CronJobs, when the scenario switches the night
 * off) stay in the cluster, and keep acting, until they are deleted.
 */
final class SetViews {

  private SetViews() {}

  static SetView of(ScalingSpec spec, GeneratedSets generated, String set, RunbookOptions options, String ns) {
    Scenario scenario = spec.scenarios().get(set);
    ScalingSpec effective = ScenarioResolver.effectiveSpec(spec, set);
    List<String> changes = new ArrayList<>();
    if (scenario != null) {
      for (Tier tier : effective.tiers().values()) {
        changes.addAll(changes(TierViews.of(generated, Options.BASELINE, spec.tiers().get(tier.name())),
            TierViews.of(generated, set, tier)));
      }
    }
    String schedules = effective.schedules().isEmpty() ? null : Markdown.codeList(effective.schedules().keySet());
    String description = scenario == null ? null : scenario.description();
    return new SetView(set, options.folder(set), description, changes, schedules,
        cleanup(generated, Options.BASELINE, set, ns), cleanup(generated, set, Options.BASELINE, ns));
  }

  /** The {@code kubectl delete} of the objects {@code from} has and {@code to} has not; {@code null} when none. */
  private static String cleanup(GeneratedSets generated, String from, String to, String ns) {
    if (!generated.has(from) || !generated.has(to)) {
      return null;
    }
    List<String> left = new ArrayList<>(generated.identities(from));
    left.removeAll(generated.identities(to));
    if (left.isEmpty()) {
      return null;
    }
    List<String> names = left.stream().map(id -> id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT)
        + id.substring(id.indexOf('/'))).toList();
    return "kubectl delete" + ns + " " + String.join(" ", names);
  }

  private static List<String> changes(TierView base, TierView set) {
    List<String> changes = new ArrayList<>();
    String tier = "`" + set.name() + "`: ";
    if (set.hpa() != null && !set.range().equals(base.range())) {
      String scaler = set.scaledObject() != null ? "ScaledObject `" + set.scaledObject() + "`" : "HPA `" + set.hpa() + "`";
      changes.add(tier + scaler + " " + set.range() + " replicas (baseline " + base.range() + ")");
    }
    if (set.replicas() != null && !set.replicas().equals(base.replicas())) {
      changes.add(tier + set.kind() + " `" + set.workload() + "` " + set.replicas() + " replicas (baseline "
          + base.replicas() + ")");
    }
    if (set.behavior() != null && !set.behavior().equals(base.behavior())) {
      changes.add(tier + "scaling behaviour " + set.behavior() + " (baseline: "
          + (base.behavior() == null ? "the Kubernetes defaults" : base.behavior()) + ")");
    }
    if (!set.requests().equals(base.requests()) || !set.limits().equals(base.limits())) {
      changes.add(tier + "requests " + set.requests() + ", limits " + set.limits() + " (baseline " + base.requests()
          + "; " + base.limits() + ")");
    }
    if (set.workers() != null && !set.workers().equals(base.workers())) {
      changes.add(tier + "workers per pod " + set.workers() + " (baseline " + base.workers() + ")");
    }
    return changes;
  }

  /** Each tier's scale in every set: HPA or KEDA bounds ({@code 5–50}) or a fixed count. */
  static List<CapacityRow> capacity(ScalingSpec spec, GeneratedSets generated) {
    List<CapacityRow> rows = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      List<String> cells = new ArrayList<>();
      for (String set : generated.names()) {
        TierView view = TierViews.of(generated, set, ScenarioResolver.effectiveSpec(spec, set).tiers().get(tier.name()));
        cells.add(view.hpa() == null ? view.replicas() + " (fixed)"
            : (view.scaledObject() != null ? "KEDA " : "HPA ") + view.range());
      }
      rows.add(new CapacityRow(tier.name(), cells));
    }
    return rows;
  }
}
