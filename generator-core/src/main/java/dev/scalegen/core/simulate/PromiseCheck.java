package dev.scalegen.core.simulate;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Promise;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.SourceMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a valid spec's promises ({@code scenarios.<s>.expect}) by simulating each promised tier
 * alone in its scenario under the promise's load. {@code reaches N within T}: N pods are ready at
 * most T after the load's first change (a step's or a ramp's time, else the start). {@code
 * neverAbove N}: the HPA never asks for more than N pods during the whole run. A broken promise is
 * an error at its field ({@code SG303}, {@code SG304}); a load file is read relative to the spec's
 * folder ({@code SG602}-{@code SG605}).
 */
public final class PromiseCheck {

  private PromiseCheck() {}

  /**
   * The outcome of every promise of {@code validated}'s spec, in the spec's order; none for a spec
   * with an error.
   *
   * @param directory the spec's folder, against which load files are resolved
   * @param displayDirectory that folder as diagnostics name it ({@code ""} for none)
   */
  public static List<PromiseOutcome> check(Result validated, Path directory, String displayDirectory) {
    List<PromiseOutcome> outcomes = new ArrayList<>();
    if (!validated.valid() || validated.spec().isEmpty()) {
      return outcomes;
    }
    ScalingSpec spec = validated.spec().get();
    for (Scenario scenario : spec.scenarios().values()) {
      for (Promise promise : scenario.expect().values()) {
        outcomes.add(check(spec, scenario, promise, directory, displayDirectory));
      }
    }
    return outcomes;
  }

  private static PromiseOutcome check(ScalingSpec spec, Scenario scenario, Promise p, Path directory, String display) {
    String at = "/scenarios/" + SourceMap.escape(scenario.name()) + "/expect/" + SourceMap.escape(p.tier());
    SimulatedLoad load;
    if (LoadFile.isFile(p.load())) {
      String name = display.isEmpty() ? p.load().strip() : display + "/" + p.load().strip();
      LoadFile.Parsed read = LoadFile.read(directory.resolve(p.load().strip()), name, spec.source().valueAt(at + "/load"));
      if (read.trace() == null) {
        return new PromiseOutcome(scenario.name(), p, read.problems(), "", Resource.CPU, List.of());
      }
      load = SimulatedLoad.of(read.trace());
    } else {
      load = SimulatedLoad.of(LoadShape.parse(p.load()).shape());
    }
    Duration within = p.within() == null ? Duration.ZERO : DurationText.parse(p.within());
    Duration length = p.length() != null ? DurationText.parse(p.length()) : longest(load.defaultLength(),
        load.change().plus(within).plusMinutes(5));
    SimulationClock clock = SimulationClock.parse(SimulationClock.defaultFor(load), SpecSimulation.zone(spec));
    SimulationInput input = SpecSimulation.input(spec, scenario.name(), List.of(p.tier()), load, Map.of(), length, clock);
    Timeline timeline = HpaSimulation.run(input);
    List<Step> steps = timeline.steps(p.tier());
    Resource resource = input.tiers().get(0).metrics().get(0).resource();
    Duration from = load.change();
    int target = p.reaches() != null ? p.reaches() : steps.stream().mapToInt(Step::desired).max().orElse(1);
    TierSummary summary = timeline.summary(p.tier(), target, from);
    String line = PromiseMessages.summary(summary, from);
    if (p.reaches() != null) {
      Optional<Duration> ready = summary.timeToReady();
      if (ready.isEmpty() || ready.get().compareTo(within) > 0) {
        Diagnostic d = PromiseMessages.notReached(spec.source().valueAt(at + "/reaches"), scenario.name(), p, steps,
            from, within, ready);
        return new PromiseOutcome(scenario.name(), p, List.of(d), line, resource,
            window(steps, from.minus(input.syncPeriod()), from.plus(within)));
      }
    }
    if (p.neverAbove() != null) {
      for (Step s : steps) {
        if (s.desired() > p.neverAbove()) {
          Diagnostic d = PromiseMessages.exceeded(spec.source().valueAt(at + "/neverAbove"), scenario.name(), p, s);
          return new PromiseOutcome(scenario.name(), p, List.of(d), line, resource,
              window(steps, from.minus(input.syncPeriod()), s.t()));
        }
      }
    }
    return new PromiseOutcome(scenario.name(), p, List.of(), line, resource, TimelineTable.changes(steps));
  }

  /** The changes of the steps from {@code from} to {@code to}, both included. */
  private static List<Step> window(List<Step> steps, Duration from, Duration to) {
    return TimelineTable.changes(steps.stream()
        .filter(s -> s.t().compareTo(from) >= 0 && s.t().compareTo(to) <= 0).toList());
  }

  private static Duration longest(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
