package dev.scalegen.core.validate.rules;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * No scenario is named {@value Options#BASELINE} ({@code SG231}): the baseline renders into that
 * folder, and {@code --scenario base} selects it. A scenario of that name would overwrite it.
 */
public final class ReservedScenarioNameRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    if (spec.scenarios().containsKey(Options.BASELINE)) {
      report.key(Code.RESERVED_SCENARIO_NAME, Pointers.scenario(Options.BASELINE),
          "scenario `" + Options.BASELINE + "` has the name of the baseline, which renders into `"
              + Options.BASELINE + "/`",
          "rename the scenario; the baseline is the tiers as written and needs no scenario");
    }
  }
}
