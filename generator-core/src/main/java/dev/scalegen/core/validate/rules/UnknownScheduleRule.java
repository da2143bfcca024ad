package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * A scenario switches off or overrides only schedules that exist
 * ({@code scenarios.<name>.schedules.<schedule>}, {@code SG239}): a misspelt name would leave the
 * schedule it meant running in the scenario, unchanged and without a word.
 */
public final class UnknownScheduleRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    // Prepared once, and the names listed in a hint are bounded: a spec may misspell a thousand references.
    DidYouMean schedules = DidYouMean.among(spec.schedules().keySet());
    for (Scenario scenario : spec.scenarios().values()) {
      for (String name : scenario.schedules().keySet()) {
        if (!spec.schedules().containsKey(name)) {
          report.key(Code.UNKNOWN_SCHEDULE, Pointers.scenarioSchedule(scenario.name(), name),
              "scenario `" + scenario.name() + "` changes schedule `" + name + "`, which is not declared under `schedules`",
              hint(name, schedules, spec));
        }
      }
    }
  }

  private static String hint(String name, DidYouMean schedules, ScalingSpec spec) {
    String didYouMean = schedules.hint(name);
    if (!didYouMean.isEmpty()) {
      return didYouMean;
    }
    if (spec.schedules().isEmpty()) {
      return "the spec declares no `schedules`; remove `schedules` from the scenario";
    }
    return "the schedules are " + DidYouMean.names(spec.schedules().keySet());
  }
}
