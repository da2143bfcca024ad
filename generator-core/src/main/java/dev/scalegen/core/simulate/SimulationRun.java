package dev.scalegen.core.simulate;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What a simulation of a spec gave: the spec's validation, then either the time line (with the
 * input it ran, for front ends that print its parameters) or why it did not run: the diagnostics of a
 * bad load file, or a usage problem with the request ({@code usageError}, one sentence).
 */
public record SimulationRun(Result validated, Optional<SimulationInput> input, Optional<SimulatedLoad> load,
    Optional<Timeline> timeline, List<Diagnostic> problems, String usageError) {

  public SimulationRun {
    problems = List.copyOf(problems);
  }

  static SimulationRun refused(Result validated, List<Diagnostic> problems, String usageError) {
    return new SimulationRun(validated, Optional.empty(), Optional.empty(), Optional.empty(), problems, usageError);
  }
}
