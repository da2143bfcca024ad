package dev.scalegen.core.validate;

import dev.scalegen.core.InParallel;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.rules.AdoptedTierRule;
import dev.scalegen.core.validate.rules.AutoscalingBoundsRule;
import dev.scalegen.core.validate.rules.WorkloadAdoptedTwiceRule;
import dev.scalegen.core.validate.rules.CredentialInSpecRule;
import dev.scalegen.core.validate.rules.TriggerSettingsRule;
import dev.scalegen.core.validate.rules.KedaCooldownRule;
import dev.scalegen.core.validate.rules.KedaTriggersRule;
import dev.scalegen.core.validate.rules.KedaFieldsRule;
import dev.scalegen.core.validate.rules.CronScheduleRule;
import dev.scalegen.core.validate.rules.CustomPoolRule;
import dev.scalegen.core.validate.rules.DaylightSavingRule;
import dev.scalegen.core.validate.rules.EnvReferenceRule;
import dev.scalegen.core.validate.rules.FieldNotOnTierRule;
import dev.scalegen.core.validate.rules.GeneratedNameLengthRule;
import dev.scalegen.core.validate.rules.GracefulStopRule;
import dev.scalegen.core.validate.rules.LabelSyntaxRule;
import dev.scalegen.core.validate.rules.LivenessProbeRule;
import dev.scalegen.core.validate.rules.MemoryTargetOnWorkersRule;
import dev.scalegen.core.validate.rules.MemoryUnitRule;
import dev.scalegen.core.validate.rules.MissingMemoryLimitRule;
import dev.scalegen.core.validate.rules.MissingRequestsRule;
import dev.scalegen.core.validate.rules.MountPathRule;
import dev.scalegen.core.validate.rules.NameRule;
import dev.scalegen.core.validate.rules.OverlappingWindowsRule;
import dev.scalegen.core.validate.rules.PartHourChangeRule;
import dev.scalegen.core.validate.rules.PodTemplateEntriesRule;
import dev.scalegen.core.validate.rules.PodTemplateFieldsRule;
import dev.scalegen.core.validate.rules.PodTemplateOwnedFieldRule;
import dev.scalegen.core.validate.rules.PodTemplateResourcesRule;
import dev.scalegen.core.validate.rules.ProbeFormRule;
import dev.scalegen.core.validate.rules.PromiseRule;
import dev.scalegen.core.validate.rules.ReadinessProbeRule;
import dev.scalegen.core.validate.rules.ReplicasOrAutoscalingRule;
import dev.scalegen.core.validate.rules.ReservedLabelRule;
import dev.scalegen.core.validate.rules.ReservedScenarioNameRule;
import dev.scalegen.core.validate.rules.ResourceQuantityRule;
import dev.scalegen.core.validate.rules.RolloutBudgetRule;
import dev.scalegen.core.validate.rules.RolloutKindRule;
import dev.scalegen.core.validate.rules.RolloutLowestCountRule;
import dev.scalegen.core.validate.rules.RolloutProgressRule;
import dev.scalegen.core.validate.rules.ScheduleFormRule;
import dev.scalegen.core.validate.rules.ScheduleBoundsRule;
import dev.scalegen.core.validate.rules.ScheduleCutsScenarioRule;
import dev.scalegen.core.validate.rules.ScheduleValuesRule;
import dev.scalegen.core.validate.rules.ServiceRule;
import dev.scalegen.core.validate.rules.SpotOnlyRule;
import dev.scalegen.core.validate.rules.StatefulTierRule;
import dev.scalegen.core.validate.rules.StorageRule;
import dev.scalegen.core.validate.rules.TargetWithoutRequestRule;
import dev.scalegen.core.validate.rules.TimeZoneRule;
import dev.scalegen.core.validate.rules.UnknownPoolRule;
import dev.scalegen.core.validate.rules.UnknownScheduleRule;
import dev.scalegen.core.validate.rules.UnknownTierRule;
import dev.scalegen.core.validate.rules.WindowDaysRule;
import dev.scalegen.core.validate.rules.WindowTimeRule;
import dev.scalegen.core.validate.rules.WorkersFormRule;
import dev.scalegen.core.validate.rules.WritablePathRule;
import dev.scalegen.core.validate.rules.ZoneSpreadRule;
import java.util.ArrayList;
import java.util.List;

/** Runs every semantic rule over a bound spec and returns all their diagnostics. */
public final class SemanticValidator {

  /** Every rule, in no particular order: diagnostics are sorted by position afterwards. */
  static final List<Rule> RULES = List.of(
      new AutoscalingBoundsRule(),
      new KedaFieldsRule(),
      new KedaTriggersRule(),
      new KedaCooldownRule(),
      new TriggerSettingsRule(),
      new CredentialInSpecRule(),
      new WorkloadAdoptedTwiceRule(),
      new ReplicasOrAutoscalingRule(),
      new TargetWithoutRequestRule(),
      new MissingRequestsRule(),
      new MissingMemoryLimitRule(),
      new ResourceQuantityRule(),
      new MemoryUnitRule(),
      new UnknownTierRule(),
      new FieldNotOnTierRule(),
      new UnknownPoolRule(),
      new MemoryTargetOnWorkersRule(),
      new StatefulTierRule(),
      new StorageRule(),
      new MountPathRule(),
      new WritablePathRule(),
      new ProbeFormRule(),
      new ReadinessProbeRule(),
      new LivenessProbeRule(),
      new ServiceRule(),
      new EnvReferenceRule(),
      new GracefulStopRule(),
      new RolloutKindRule(),
      new RolloutProgressRule(),
      new RolloutBudgetRule(),
      new RolloutLowestCountRule(),
      new ZoneSpreadRule(),
      new PodTemplateFieldsRule(),
      new PodTemplateOwnedFieldRule(),
      new PodTemplateEntriesRule(),
      new PodTemplateResourcesRule(),
      new SpotOnlyRule(),
      new WorkersFormRule(),
      new CustomPoolRule(),
      new ScheduleFormRule(),
      new CronScheduleRule(),
      new WindowTimeRule(),
      new WindowDaysRule(),
      new TimeZoneRule(),
      new NameRule(),
      new GeneratedNameLengthRule(),
      new ReservedLabelRule(),
      new LabelSyntaxRule(),
      new ScheduleValuesRule(),
      new ScheduleBoundsRule(),
      new ScheduleCutsScenarioRule(),
      new UnknownScheduleRule(),
      new OverlappingWindowsRule(),
      new DaylightSavingRule(),
      new PartHourChangeRule(),
      new ReservedScenarioNameRule(),
      new AdoptedTierRule(),
      new PromiseRule());

  private SemanticValidator() {}

  /**
   * The diagnostics of every rule, rule by rule in the order of {@link #RULES}. The rules are
   * independent (each reads the spec and reports to a reporter of its own), so they run on this
   * thread and the common fork-join pool together ({@link InParallel}).
   */
  public static List<Diagnostic> validate(ScalingSpec spec) {
    List<Diagnostic> all = new ArrayList<>();
    for (List<Diagnostic> found : InParallel.map(RULES, rule -> {
      Reporter reporter = new Reporter(spec.source());
      rule.check(spec, reporter);
      return reporter.diagnostics();
    })) {
      all.addAll(found);
    }
    return all;
  }
}
