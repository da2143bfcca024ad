package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Every set that {@link Options#scenarios()} selects is the baseline ({@value Options#BASELINE}) or
 * a scenario of the spec ({@code SG236}), reported by {@link dev.scalegen.core.Generator#generate}
 * for every front end alike. An unknown name used to be left out without a word: a library caller
 * got a valid result with no manifests for it, and a write of that result could then clean away
 * the sets it did hold. One error per unknown name, at the spec's {@code scenarios} key (where the
 * names are defined), or at the file when the spec has no scenarios.
 */
public final class SelectedSets {

  private SelectedSets() {}

  public static List<Diagnostic> check(ScalingSpec spec, Options options) {
    List<Diagnostic> problems = new ArrayList<>();
    // distinct: `scalegen diff --scenario x --against x` selects one set twice.
    List<String> unknown = ScenarioResolver.unknown(spec, options.scenarios()).stream().distinct().toList();
    if (unknown.isEmpty()) {
      return problems;
    }
    List<String> sets = new ArrayList<>(List.of(Options.BASELINE));
    sets.addAll(spec.scenarios().keySet());
    Location where = spec.scenarios().isEmpty()
        ? Location.ofFile(spec.source().file()) : spec.source().keyAt("/scenarios");
    String scenarios = spec.scenarios().isEmpty() ? "it has none"
        : "`" + String.join("`, `", spec.scenarios().keySet()) + "`";
    for (String name : unknown) {
      String suggestion = DidYouMean.hint(name, sets);
      problems.add(Diagnostic.of(Code.UNKNOWN_SET, where,
          "the options select set `" + name + "`, which is neither the baseline `" + Options.BASELINE
              + "` nor a scenario of the spec (" + scenarios + ")",
          !suggestion.isEmpty() ? suggestion
              : "select `" + Options.BASELINE + "` or a scenario under `scenarios` (`--scenario`, Maven"
                  + " `scalegen.scenarios`, `Options.withScenarios`), or none for every set"));
    }
    return problems;
  }
}
